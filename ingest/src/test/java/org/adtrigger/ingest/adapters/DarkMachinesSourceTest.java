package org.adtrigger.ingest.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;
import org.junit.jupiter.api.Test;

class DarkMachinesSourceTest {

    @Test
    void readsEventsInMeVAsGeVWithChargesFromTheObjectCodes() throws IOException {
        EventChunk chunk = read(IngestOptions.DEFAULTS);
        assertThat(chunk.records()).isEqualTo(5);
        assertThat(chunk.events()).extracting(Event::getEventNumber).containsExactly(1L, 2L, 5L);
        Event ttbar = chunk.events().get(0);
        assertThat(ttbar.getSample()).isEqualTo("ttbar");
        assertThat(ttbar.getWeight()).isEqualTo(0.0012);
        assertThat((double) ttbar.getMetEt()).isCloseTo(95.4123, within(1e-4));
        assertThat(ttbar.getMetPhi()).isEqualTo(-1.204f);
        assertThat(ttbar.getObjects()).extracting(PhysObject::getType).containsExactly(ObjectType.JET,
                ObjectType.BJET, ObjectType.MUON);
        PhysObject jet = ttbar.getObjects().get(0);
        assertThat((double) jet.getPt()).isCloseTo(160.5207, within(1e-4));
        assertThat((double) jet.getE()).isCloseTo(183.4012, within(1e-4));
        assertThat(jet.getEta()).isEqualTo(0.512f);
        assertThat(jet.getPhi()).isEqualTo(2.094f);
        assertThat(ttbar.getObjects().get(2).getCharge()).isEqualTo(-1);
        assertThat(ttbar.getObjects().get(2).getTightId()).isTrue();
        List<PhysObject> zObjects = chunk.events().get(1).getObjects();
        assertThat(zObjects).extracting(PhysObject::getCharge).containsExactly(1, -1, 0);
        assertThat(zObjects.get(2).getType()).isEqualTo(ObjectType.PHOTON);
        assertThat(chunk.events().get(2).getObjects()).isEmpty();
        assertThat(chunk.events().get(2).getSample()).isEqualTo("w_jets");
    }

    @Test
    void badLinesAreReportedByLineNumberAndTheOthersKept() throws IOException {
        assertThat(read(IngestOptions.DEFAULTS).bad()).extracting(BadRecord::toString).containsExactly(
                "darkmachines-sample.csv line 4: object 1 has unknown type 'x' (known: j, b, e-, e+, m-, m+, g)",
                "darkmachines-sample.csv line 5: MET 'oops' is not a number");
    }

    @Test
    void gevFilesAndAGivenSampleNameAreHonoured() throws IOException {
        EventChunk chunk = read(IngestOptions.DEFAULTS.withTextUnit(EnergyUnit.GEV).withSample(Optional.of("bsm")));
        assertThat(chunk.events().get(0).getMetEt()).isEqualTo(95412.3f);
        assertThat(chunk.events()).extracting(Event::getSample).containsOnly("bsm");
    }

    private static EventChunk read(IngestOptions options) throws IOException {
        List<EventChunk> chunks = TestFiles.chunks(
                InputFormat.DARKMACHINES.open(TestFiles.resource("darkmachines-sample.csv"), options));
        assertThat(chunks).hasSize(1);
        return chunks.get(0);
    }
}
