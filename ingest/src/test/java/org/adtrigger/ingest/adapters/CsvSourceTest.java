package org.adtrigger.ingest.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;
import org.junit.jupiter.api.Test;

class CsvSourceTest {

    private static final IngestOptions OPTIONS = IngestOptions.DEFAULTS
            .withMapping(Optional.of(TestFiles.resource("dimuon-mapping.properties")));

    @Test
    void slotsBecomeObjectsAndEmptyOrZeroSlotsAreSkipped() throws IOException {
        EventChunk chunk = read();
        assertThat(chunk.records()).isEqualTo(4);
        assertThat(chunk.events()).extracting(Event::getEventNumber).containsExactly(10L, 11L);
        Event first = chunk.events().get(0);
        assertThat(first.getRun()).isEqualTo(1L);
        assertThat(first.getSample()).isEqualTo("dimuon");
        assertThat(first.getMetEt()).isEqualTo(25.5f);
        assertThat(first.getObjects()).extracting(PhysObject::getType).containsExactly(ObjectType.MUON,
                ObjectType.MUON, ObjectType.BJET);
        assertThat(first.getObjects()).extracting(PhysObject::getCharge).containsExactly(1, -1, 0);
        PhysObject jet = first.getObjects().get(2);
        assertThat(jet.getBtag()).isEqualTo(0.9f);
        assertThat((double) jet.getE()).isCloseTo(Math.sqrt(Math.pow(60 * Math.cosh(1.1), 2) + 64), within(1e-3));
        Event second = chunk.events().get(1);
        assertThat(second.getWeight()).isEqualTo(0.8);
        assertThat(second.getObjects()).hasSize(1);
        assertThat((double) second.getObjects().get(0).getE()).isCloseTo(30 * Math.cosh(1.0), within(1e-4));
    }

    @Test
    void slotTypesComeFromAnIdColumnAndTheMissingAzimuthAndIdAreDocumentedDefaults() throws IOException {
        IngestOptions options = IngestOptions.DEFAULTS
                .withMapping(Optional.of(TestFiles.resource("trilepton-mapping.properties")));
        List<EventChunk> chunks = TestFiles.chunks(InputFormat.CSV.open(TestFiles.resource("trilepton.csv"),
                options));
        EventChunk chunk = chunks.get(0);

        assertThat(chunk.events()).extracting(Event::getEventNumber).containsExactly(1L, 2L);
        Event first = chunk.events().get(0);
        assertThat(first.getObjects()).extracting(PhysObject::getType).containsExactly(ObjectType.ELECTRON,
                ObjectType.MUON, ObjectType.MUON);
        assertThat(chunk.events().get(1).getObjects()).extracting(PhysObject::getType)
                .containsExactly(ObjectType.ELECTRON, ObjectType.ELECTRON);
        // no metPhi column: NaN, "not measured"; no tight column: tight; no isolation columns: 0
        assertThat(first.getMetPhi()).isNaN();
        assertThat(first.getMetEt()).isEqualTo(55f);
        assertThat(first.getObjects()).allSatisfy(o -> {
            assertThat(o.getTightId()).isTrue();
            assertThat(o.getPtcone30()).isZero();
        });
        assertThat(chunk.bad()).extracting(BadRecord::toString).containsExactly(
                "trilepton.csv line 4: lep.typeColumn 15.0 is none of 11 (ELECTRON), 13 (MUON)");
    }

    @Test
    void aTypeIsGivenOnceEitherFixedOrFromAMappedColumn() {
        String base = "event.met = met\nobjects = l\nl.pt = pt\nl.eta = eta\nl.phi = phi\n";
        assertThatThrownBy(() -> mapping(base)).hasMessage(
                "m.properties: l.type or l.typeColumn with l.typeMap is required, not both");
        assertThatThrownBy(() -> mapping(base + "l.type = MUON\nl.typeColumn = id\nl.typeMap = 13:MUON\n"))
                .hasMessage("m.properties: l.type or l.typeColumn with l.typeMap is required, not both");
        assertThatThrownBy(() -> mapping(base + "l.typeColumn = id\n"))
                .hasMessage("m.properties: l.type or l.typeColumn with l.typeMap is required, not both");
        assertThatThrownBy(() -> mapping(base + "l.typeColumn = id\nl.typeMap = 13=MUON\n"))
                .hasMessage("m.properties: l.typeMap entry '13=MUON' is not VALUE:TYPE");
        assertThatThrownBy(() -> mapping(base + "l.typeColumn = id\nl.typeMap = 13:MUON, -13:ELECTRON\n"))
                .hasMessage("m.properties: l.typeMap maps 13 twice");
        assertThatThrownBy(() -> mapping(base + "l.typeColumn = id\nl.typeMap = 13:MUON\nl.btagWp = 0.5\n"))
                .hasMessageContaining("conflicts with l.typeColumn");
    }

    @Test
    void unreadableRowsAreReportedByLine() throws IOException {
        assertThat(read().bad()).extracting(BadRecord::toString).containsExactly(
                "dimuon.csv line 4: column mu1_pt 'abc' is not a number",
                "dimuon.csv line 5: has 5 fields where the header has 18");
    }

    @Test
    void mappingErrorsNameTheMappingAndKey() throws IOException {
        assertThatThrownBy(() -> mapping("event.metPhi = phi\n")).hasMessage("m.properties: event.met is required");
        assertThat(mapping("event.met = met\n").event()).containsOnlyKeys("met");
        assertThatThrownBy(() -> mapping("event.met = met\nevent.metPhi = phi\nevent.wieght = w\n"))
                .hasMessage("m.properties: unknown keys [event.wieght]");
        assertThatThrownBy(() -> mapping("event.met = met\nevent.metPhi = phi\nobjects = j\nj.type = JET\n"
                + "j.slots = 2\nj.pt = pt\nj.eta = eta{i}\nj.phi = phi{i}\n"))
                .hasMessage("m.properties: j.pt needs {i} for the slot number, as the group has 2 slots");
        assertThatThrownBy(() -> mapping("event.met = met\nevent.metPhi = phi\nobjects = j\nj.type = QUARK\n"))
                .hasMessageContaining("j.type is not one of JET");
    }

    @Test
    void aTableWithoutAMappedColumnIsRefusedByName() throws IOException {
        java.nio.file.Path mapping = java.nio.file.Files.createTempFile("mapping", ".properties");
        try {
            java.nio.file.Files.writeString(mapping, "event.met = met\nevent.metPhi = missing_phi\n");
            IngestOptions options = IngestOptions.DEFAULTS.withMapping(Optional.of(mapping));
            assertThatThrownBy(() -> InputFormat.CSV.open(TestFiles.resource("dimuon.csv"), options))
                    .hasMessageContaining("dimuon.csv has no column 'missing_phi'");
        } finally {
            java.nio.file.Files.delete(mapping);
        }
    }

    private static CsvMapping mapping(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return CsvMapping.parse("m.properties", p);
    }

    private static EventChunk read() throws IOException {
        List<EventChunk> chunks = TestFiles.chunks(InputFormat.CSV.open(TestFiles.resource("dimuon.csv"), OPTIONS));
        assertThat(chunks).hasSize(1);
        return chunks.get(0);
    }
}
