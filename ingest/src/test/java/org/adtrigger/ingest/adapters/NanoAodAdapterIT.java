package org.adtrigger.ingest.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adtrigger.ingest.root.EntryRange;
import org.adtrigger.ingest.root.RootFile;
import org.adtrigger.ingest.root.RootTestData;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;
import org.junit.jupiter.api.Test;

/** The NanoAOD adapter on the real CMS ttbar file. */
class NanoAodAdapterIT {

    private static final String FILE = "nanoAOD_2015_CMS_Open_Data_ttbar.root";

    @Test
    void everyEventWithAsManyMuonsAsNMuonSays() throws IOException {
        Path path = RootTestData.file(FILE);
        List<Event> events = new ArrayList<>();
        for (EventChunk chunk : TestFiles.chunks(InputFormat.NANOAOD.open(path, IngestOptions.DEFAULTS))) {
            assertThat(chunk.bad()).isEmpty();
            events.addAll(chunk.events());
        }
        assertThat(events).hasSize(200);
        int[] nMuon;
        try (RootFile file = RootFile.open(path)) {
            nMuon = file.tree("Events").reader("nMuon").read(new EntryRange(0, 200)).ints();
        }
        for (int i = 0; i < events.size(); i++) {
            assertThat(count(events.get(i), ObjectType.MUON)).as("entry " + i).isEqualTo(nMuon[i]);
        }
        assertThat(events).allMatch(e -> !e.getIsData() && e.getSample().equals(FILE.replace(".root", "")));
        assertThat(events.get(0).getWeight()).isEqualTo(225892.453125);
        List<PhysObject> jets = events.stream().flatMap(e -> e.getObjects().stream())
                .filter(o -> o.getType() == ObjectType.JET || o.getType() == ObjectType.BJET).toList();
        // this 2015 file has CSVv2 scores for about half its jets and few above the medium working point
        assertThat(jets).extracting(PhysObject::getType).contains(ObjectType.BJET, ObjectType.JET);
        assertThat(jets).allMatch(j -> j.getPt() > 5 && j.getPt() < 3000 && j.getE() >= j.getPt() * 0.999f);
        for (PhysObject jet : jets) {
            assertThat(jet.getType() == ObjectType.BJET).isEqualTo(jet.getBtag() >= 0.8484f);
        }
    }

    private static long count(Event e, ObjectType type) {
        return e.getObjects().stream().filter(o -> o.getType() == type).count();
    }
}
