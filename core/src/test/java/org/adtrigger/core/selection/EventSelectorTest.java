package org.adtrigger.core.selection;

import static org.adtrigger.core.selection.TestEvents.electron;
import static org.adtrigger.core.selection.TestEvents.event;
import static org.adtrigger.core.selection.TestEvents.jet;
import static org.adtrigger.core.selection.TestEvents.leptons;
import static org.adtrigger.core.selection.TestEvents.object;
import static org.adtrigger.core.selection.TestEvents.withIsolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventSelectorTest {

    private static EventRejection rejection(String preset, Event event) {
        SelectionResult r = EventSelector.forPreset(preset).select(event);
        return r.isAccepted() ? null : r.rejection();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "thesis-3lep | 25 22 12       | ",
        "thesis-3lep | 25 20.01 10.01 | ",
        "thesis-3lep | 25 19.99 15    | LEPTONS_TOO_SOFT",
        "thesis-3lep | 25 22          | TOO_FEW_LEPTONS",
        "thesis-3lep | 25 22 12 11    | TOO_MANY_LEPTONS",
        "thesis-2lep | 25 20.01       | ",
        "thesis-2lep | 25 19.99       | LEPTONS_TOO_SOFT",
        "thesis-2lep | 25             | TOO_FEW_LEPTONS",
        "thesis-2lep | 25 22 12       | TOO_MANY_LEPTONS",
        "atlas-1lep  | 60.01          | ",
        "atlas-1lep  | 59.99          | LEPTONS_TOO_SOFT",
        "atlas-1lep  | 30 70 12 11    | ",
        "atlas-1lep  | 30 50          | LEPTONS_TOO_SOFT",
    })
    void presetsOnLeptonMultiplicityAndPt(String preset, String pts, EventRejection expected) {
        double[] values = Arrays.stream(pts.trim().split(" +")).mapToDouble(Double::parseDouble).toArray();
        assertThat(rejection(preset, leptons(values))).isEqualTo(expected);
    }

    @Test
    void eventWithoutLeptonsHasTooFew() {
        Event jetsOnly = event(List.of(jet(100, 0, 0), jet(80, 0, 2)));
        assertThat(rejection("atlas-1lep", jetsOnly)).isEqualTo(EventRejection.TOO_FEW_LEPTONS);
    }

    @Test
    void onlyGoodLeptonsCount() {
        PhysObject bad = withIsolation(electron(40, 0.0, 0.0), 10.0, 0.0);
        Event e = event(List.of(bad, TestEvents.muon(30, 1.0, 2.0), electron(25, -1.0, -2.0)));
        assertThat(rejection("thesis-2lep", e)).isNull();
        assertThat(rejection("thesis-3lep", e)).isEqualTo(EventRejection.TOO_FEW_LEPTONS);
    }

    @Test
    void tausAreNotLeptons() {
        Event e = event(List.of(object(ObjectType.TAU, 80, 0, 0), electron(25, 1, 2)));
        EventSelector keepTaus = SelectionPreset.THESIS_2LEP.newSelector(
                ObjectSelectionConfig.DEFAULT.withKeepTaus(true));
        assertThat(keepTaus.select(e).rejection()).isEqualTo(EventRejection.TOO_FEW_LEPTONS);
    }

    @Test
    void selectedEventCopiesEveryFieldAndKeepsOnlyGoodObjects() {
        PhysObject e1 = electron(45, 0.2, 0.1);
        PhysObject softJet = jet(15, 0.0, 2.0);
        PhysObject m1 = TestEvents.muon(35, -0.7, -2.0);
        PhysObject j1 = jet(60, 1.5, 1.2);
        Event in = event(List.of(e1, softJet, m1, j1));

        Event out = EventSelector.forPreset("thesis-2lep").select(in).event();

        assertThat(out.getObjects()).containsExactly(e1, m1, j1);
        assertThat(out.getRun()).isEqualTo(in.getRun());
        assertThat(out.getEventNumber()).isEqualTo(in.getEventNumber());
        assertThat(out.getSample()).isEqualTo(in.getSample());
        assertThat(out.getDatasetId()).isEqualTo(in.getDatasetId());
        assertThat(out.getIsData()).isEqualTo(in.getIsData());
        assertThat(out.getWeight()).isEqualTo(in.getWeight());
        assertThat(out.getLabel()).isEqualTo(in.getLabel());
        assertThat(out.getSqrtS()).isEqualTo(in.getSqrtS());
        assertThat(out.getMetEt()).isEqualTo(in.getMetEt());
        assertThat(out.getMetPhi()).isEqualTo(in.getMetPhi());
        assertThat(in.getObjects()).as("input untouched").hasSize(4);
        assertThat(EventSelector.forPreset("thesis-2lep").select(in).event()).as("deterministic").isEqualTo(out);
    }

    @Test
    void noneReturnsTheInputUnchanged() {
        Event in = event(List.of(object(ObjectType.TAU, 5, 4, 0), jet(1, 0, 0)));
        EventSelector none = EventSelector.forPreset("none");
        assertThat(none.select(in).event()).isSameAs(in);
        assertThat(in.getObjects()).hasSize(2);
        assertThat(none.counts().accepted()).isEqualTo(1);
        assertThat(none.counts().rejectedObjects().values()).containsOnly(0L);
    }

    @Test
    void unknownPresetListsValidNames() {
        assertThatThrownBy(() -> EventSelector.forPreset("thesis-4lep"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("thesis-4lep")
                .hasMessageContaining("thesis-3lep, thesis-2lep, atlas-1lep, none");
        assertThatThrownBy(() -> SelectionPreset.NONE.newSelector(ObjectSelectionConfig.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultAccessorsGuardTheWrongBranch() {
        SelectionResult rejected = EventSelector.forPreset("atlas-1lep").select(leptons(20));
        assertThatThrownBy(rejected::event).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LEPTONS_TOO_SOFT");
        SelectionResult accepted = EventSelector.forPreset("atlas-1lep").select(leptons(70));
        assertThatThrownBy(accepted::rejection).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void countersTallyEventsAndObjectsByReason() {
        EventSelector s = EventSelector.forPreset("thesis-2lep");
        s.select(leptons(30, 25));
        s.select(leptons(30, 25, 22));
        s.select(leptons(30));
        s.select(leptons(30, 10.5));
        s.select(event(List.of(electron(30, 0, 0), electron(28, 0, 2), jet(10, 0, -2), jet(50, 0.3, 0.0))));

        SelectionCounts c = s.counts();
        assertThat(c.accepted()).isEqualTo(1);
        assertThat(c.rejectedEvents()).containsEntry(EventRejection.TOO_MANY_LEPTONS, 1L)
                .containsEntry(EventRejection.TOO_FEW_LEPTONS, 2L)
                .containsEntry(EventRejection.LEPTONS_TOO_SOFT, 1L);
        assertThat(c.seen()).isEqualTo(5);
        assertThat(c.rejectedObjects()).containsEntry(ObjectRejection.PT, 1L)
                .containsEntry(ObjectRejection.OVERLAP, 1L)
                .containsEntry(ObjectRejection.ETA, 0L);
    }

    @Test
    void countersAreExactUnderConcurrentUse() throws InterruptedException {
        EventSelector s = EventSelector.forPreset("atlas-1lep");
        Event pass = leptons(70);
        Event fail = leptons(20);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.execute(() -> {
                for (int i = 0; i < 5000; i++) {
                    s.select(i % 2 == 0 ? pass : fail);
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(s.counts().accepted()).isEqualTo(10_000);
        assertThat(s.counts().rejectedEvents()).containsEntry(EventRejection.LEPTONS_TOO_SOFT, 10_000L);
    }
}
