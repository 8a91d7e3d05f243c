package org.adtrigger.core.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectionCountsTextTest {

    @Test
    void namesEveryCountedReasonWithItsShare() {
        SelectionCounts counts = counts(1, Map.of(EventRejection.TOO_FEW_LEPTONS, 2L,
                EventRejection.TOO_MANY_LEPTONS, 1L), Map.of(ObjectRejection.PT, 4L, ObjectRejection.OVERLAP, 1L));

        assertThat(SelectionCountsText.lines("thesis-2lep", counts)).containsExactly(
                "selection 'thesis-2lep': 1 of 4 events passed",
                "events rejected: too few leptons 2 (50.0 %), too many leptons 1 (25.0 %)",
                "objects removed: pt 4, overlap 1");
    }

    @Test
    void aReasonRejectingNearlyEverythingGetsAHintNamingTheTopObjectCut() {
        SelectionCounts counts = counts(0, Map.of(EventRejection.TOO_FEW_LEPTONS, 2900L),
                Map.of(ObjectRejection.NOT_TIGHT, 8700L, ObjectRejection.PT, 12L));

        assertThat(SelectionCountsText.lines("thesis-3lep", counts)).containsExactly(
                "selection 'thesis-3lep': 0 of 2900 events passed",
                "events rejected: too few leptons 2900 (100.0 %)",
                "objects removed: pt 12, not tight 8700",
                "hint: 'too few leptons' rejects 100.0 % of the events; the object cut removing most objects is "
                        + "'not tight' (8700): check the tight-ID column and its values (1 = tight)");
    }

    @Test
    void noHintBelowTheDominantShareAndNothingButTheCountWithoutRejections() {
        SelectionCounts some = counts(6, Map.of(EventRejection.LEPTONS_TOO_SOFT, 94L), Map.of());
        assertThat(SelectionCountsText.lines("atlas-1lep", some)).noneMatch(l -> l.startsWith("hint"));
        SelectionCounts most = counts(4, Map.of(EventRejection.LEPTONS_TOO_SOFT, 96L), Map.of());
        assertThat(SelectionCountsText.lines("atlas-1lep", most)).last().asString()
                .startsWith("hint: 'leptons too soft' rejects 96.0 %").contains("no object was removed");
        assertThat(SelectionCountsText.lines("none", counts(3, Map.of(), Map.of())))
                .containsExactly("selection 'none': 3 of 3 events passed");
    }

    private static SelectionCounts counts(long accepted, Map<EventRejection, Long> events,
            Map<ObjectRejection, Long> objects) {
        Map<EventRejection, Long> e = new EnumMap<>(EventRejection.class);
        for (EventRejection r : EventRejection.values()) {
            e.put(r, events.getOrDefault(r, 0L));
        }
        Map<ObjectRejection, Long> o = new EnumMap<>(ObjectRejection.class);
        for (ObjectRejection r : ObjectRejection.values()) {
            o.put(r, objects.getOrDefault(r, 0L));
        }
        return new SelectionCounts(accepted, e, o);
    }
}
