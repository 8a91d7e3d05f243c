package org.adtrigger.ingest.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.adtrigger.ingest.root.RootTestData;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;
import org.junit.jupiter.api.Test;

/** The ATLAS Open Data adapter on the four real 2016 4-lepton data files. */
class AtlasOpenDataIT {

    private static final Map<String, Integer> EVENTS = Map.of("data_A.4lep.root", 39, "data_B.4lep.root", 156,
            "data_C.4lep.root", 237, "data_D.4lep.root", 400);

    @Test
    void dataFilesGiveEveryEventWithFourLeptonsInGeVAndWeightOne() throws IOException {
        for (Map.Entry<String, Integer> file : EVENTS.entrySet()) {
            List<Event> events = readAll(RootTestData.file(file.getKey()));
            assertThat(events).as(file.getKey()).hasSize(file.getValue());
            long fourLeptons = events.stream().filter(e -> leptons(e).size() == 4).count();
            assertThat(fourLeptons).as(file.getKey() + " events with 4 leptons").isGreaterThan(events.size() * 9L / 10);
            List<Float> pts = events.stream().flatMap(e -> leptons(e).stream()).map(PhysObject::getPt).toList();
            long sane = pts.stream().filter(pt -> pt > 5 && pt < 500).count();
            assertThat(sane).as(file.getKey() + " lepton pT between 5 and 500 GeV").isGreaterThan(pts.size() * 95L / 100);
            for (Event e : events) {
                assertThat(e.getIsData()).isTrue();
                assertThat(e.getWeight()).isEqualTo(1.0);
                assertThat(e.getSample()).isEqualTo("data");
                assertThat(e.getDatasetId()).isZero();
                assertThat(e.getRun()).isBetween(276_000L, 312_000L);
                assertThat(e.getMetEt()).as("MET in GeV, below sqrt(s)").isBetween(0f, 13000f);
                for (PhysObject o : e.getObjects()) {
                    assertThat(o.getE()).as("E >= pT").isGreaterThanOrEqualTo(o.getPt() * 0.999f);
                }
            }
        }
    }

    @Test
    void firstEventMatchesTheBranchesConvertedToGeV() throws IOException {
        Event first = readAll(RootTestData.file("data_A.4lep.root")).get(0);
        // values of entry 0 as stored (MeV): lep_pt 49138.34, met_et 62185.04, lep_type 11, 11, 13, 13
        assertThat(first.getRun()).isEqualTo(298773L);
        assertThat(first.getEventNumber()).isEqualTo(134827213L);
        assertThat(first.getMetEt()).isCloseTo(62.18504f, org.assertj.core.data.Offset.offset(1e-4f));
        assertThat(leptons(first)).extracting(PhysObject::getType).containsExactly(ObjectType.ELECTRON,
                ObjectType.ELECTRON, ObjectType.MUON, ObjectType.MUON);
        assertThat(leptons(first).get(0).getPt()).isCloseTo(49.13834f, org.assertj.core.data.Offset.offset(1e-4f));
        assertThat(leptons(first).get(0).getTightId()).isTrue();
        assertThat(leptons(first).get(1).getTightId()).isFalse();
        assertThat(leptons(first).get(1).getPtcone30()).isCloseTo(1.455167f, org.assertj.core.data.Offset.offset(1e-5f));
    }

    @Test
    void jetsAreBTaggedAtTheWorkingPoint() throws IOException {
        List<PhysObject> jets = new ArrayList<>();
        for (Event e : readAll(RootTestData.file("data_D.4lep.root"))) {
            e.getObjects().stream().filter(o -> o.getType() == ObjectType.JET || o.getType() == ObjectType.BJET)
                    .forEach(jets::add);
        }
        assertThat(jets).isNotEmpty();
        for (PhysObject jet : jets) {
            assertThat(jet.getType()).isEqualTo(jet.getBtag() >= (float) AtlasOpenData.MV2C10_77 ? ObjectType.BJET
                    : ObjectType.JET);
        }
        assertThat(jets).extracting(PhysObject::getType).contains(ObjectType.BJET, ObjectType.JET);
    }

    static List<Event> readAll(Path file) throws IOException {
        List<Event> events = new ArrayList<>();
        try (EventSource source = RootEventSource.open(file, new AtlasOpenData(), IngestOptions.DEFAULTS)) {
            for (EventChunk chunk = source.next(); chunk != null; chunk = source.next()) {
                assertThat(chunk.bad()).as(file + " bad records").isEmpty();
                events.addAll(chunk.events());
            }
            assertThat(source.fractionDone()).isEqualTo(1.0);
        }
        return events;
    }

    private static List<PhysObject> leptons(Event e) {
        return e.getObjects().stream()
                .filter(o -> o.getType() == ObjectType.ELECTRON || o.getType() == ObjectType.MUON).toList();
    }
}
