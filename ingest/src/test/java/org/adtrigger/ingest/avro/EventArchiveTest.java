package org.adtrigger.ingest.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.adtrigger.ingest.gen.EventGenerator;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.PhysObject;
import org.apache.avro.Schema;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventArchiveTest {
    private static List<Event> events;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        events = new ArrayList<>();
        EventGenerator.of("all", 10_000, 5, 10.0).forEachRemaining(events::add);
    }

    private Path write(String name, ArchiveCodec codec, List<Event> content) throws IOException {
        Path file = dir.resolve(name);
        try (EventArchiveWriter writer = EventArchiveWriter.create(file, codec, Map.of("seed", "5"))) {
            for (Event e : content) {
                writer.append(e);
            }
            assertThat(writer.count()).isEqualTo(content.size());
            writer.commit();
        }
        return file;
    }

    private static List<Event> readAll(EventArchiveReader reader) {
        List<Event> out = new ArrayList<>();
        reader.forEachRemaining(out::add);
        return out;
    }

    @ParameterizedTest
    @EnumSource(ArchiveCodec.class)
    void writtenEventsReadBackEqual(ArchiveCodec codec) throws IOException {
        Path file = write("events.avro", codec, events);

        try (EventArchiveReader reader = EventArchiveReader.open(file)) {
            assertThat(reader.codec()).isEqualTo(codec.name().toLowerCase(java.util.Locale.ROOT));
            assertThat(reader.metadata()).containsEntry("seed", "5");
            assertThat(readAll(reader)).isEqualTo(events);
            assertThat(reader.recordsRead()).isEqualTo(events.size());
        }
    }

    @Test
    void theSameEventsAndProvenanceGiveAByteIdenticalFile() throws IOException {
        byte[] first = Files.readAllBytes(write("a.avro", ArchiveCodec.DEFLATE, events));
        byte[] second = Files.readAllBytes(write("b.avro", ArchiveCodec.DEFLATE, events));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void streamsWithoutSeekingAndReusesRecords() throws IOException {
        Path file = write("events.avro", ArchiveCodec.DEFLATE, events);
        try (EventArchiveReader reader = EventArchiveReader.open(Files.newInputStream(file), "stdin")) {
            Event reuse = null;
            int i = 0;
            while (reader.hasNext()) {
                reuse = reader.next(reuse);
                assertThat(reuse).isEqualTo(events.get(i++));
            }
            assertThat(i).isEqualTo(events.size());
        }
    }

    @Test
    void largeArchivesAreCutIntoBlocks() throws IOException {
        Path file = write("events.avro", ArchiveCodec.NULL, events);
        try (DataFileReader<Object> raw = new DataFileReader<>(file.toFile(), new GenericDatumReader<>())) {
            int blocks = 0;
            while (raw.hasNext()) {
                raw.nextBlock();
                blocks++;
            }
            assertThat(blocks).isGreaterThan(1);
            assertThat(Files.size(file) / blocks).isBetween(EventArchiveWriter.SYNC_INTERVAL_BYTES / 2L,
                    2L * EventArchiveWriter.SYNC_INTERVAL_BYTES);
        }
    }

    @Test
    void aFileThatIsNotAvroIsRefusedByName() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "run,event\n1,2\n", StandardCharsets.UTF_8);
        Path empty = Files.createFile(dir.resolve("empty.avro"));
        Path headerOnly = dir.resolve("cut.avro");
        Files.write(headerOnly, Arrays.copyOf(Files.readAllBytes(write("events.avro", ArchiveCodec.NULL,
                events.subList(0, 10))), 40));

        assertThatThrownBy(() -> EventArchiveReader.open(text)).isInstanceOf(ArchiveFormatException.class)
                .hasMessage(text + " is not an Avro object container file");
        assertThatThrownBy(() -> EventArchiveReader.open(empty)).isInstanceOf(ArchiveFormatException.class)
                .hasMessage(empty + " is not an Avro object container file");
        assertThatThrownBy(() -> EventArchiveReader.open(headerOnly)).isInstanceOf(ArchiveFormatException.class)
                .hasMessageStartingWith(headerOnly.toString());
        assertThatThrownBy(() -> EventArchiveReader.open(Files.newInputStream(text), "stdin"))
                .isInstanceOf(ArchiveFormatException.class).hasMessage("stdin is not an Avro object container file");
    }

    @Test
    void anArchiveOfAnotherRecordTypeIsRefused() throws IOException {
        Path file = dir.resolve("objects.avro");
        try (DataFileWriter<PhysObject> writer = new DataFileWriter<>(new SpecificDatumWriter<>(PhysObject.class))) {
            writer.create(PhysObject.getClassSchema(), file.toFile());
            writer.append(events.get(0).getObjects().isEmpty() ? new PhysObject() : events.get(0).getObjects().get(0));
        }
        assertThatThrownBy(() -> EventArchiveReader.open(file)).isInstanceOf(ArchiveFormatException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("PhysObject");
    }

    @Test
    void aTruncatedArchiveFailsNamingFileBlockAndRecord() throws IOException {
        Path file = write("events.avro", ArchiveCodec.DEFLATE, events);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length * 3 / 5));

        try (EventArchiveReader reader = EventArchiveReader.open(file)) {
            assertThatThrownBy(() -> readAll(reader)).isInstanceOf(ArchiveFormatException.class)
                    .hasMessageStartingWith(file + ": truncated or damaged archive: data end inside block ")
                    .hasMessageContaining("after record " + reader.recordsRead());
            assertThat(reader.recordsRead()).isPositive().isLessThan(events.size());
        }
    }

    @Test
    void aDamagedSyncMarkerFailsAtTheBlockItEnds() throws IOException {
        Path file = write("events.avro", ArchiveCodec.DEFLATE, events);
        byte[] bytes = Files.readAllBytes(file);
        byte[] sync = syncMarker(file);
        int headerEnd = indexOf(bytes, sync, 0) + sync.length;
        int secondBlockEnd = indexOf(bytes, sync, indexOf(bytes, sync, headerEnd) + sync.length);
        bytes[secondBlockEnd + 3] ^= 0x5a;
        Files.write(file, bytes);

        try (EventArchiveReader reader = EventArchiveReader.open(file)) {
            assertThatThrownBy(() -> readAll(reader)).isInstanceOf(ArchiveFormatException.class)
                    .hasMessageStartingWith(file + ": damaged archive at block 1 (after the sync marker at byte ")
                    .hasMessageContaining("record " + reader.recordsRead() + ": java.io.IOException: Invalid sync!");
            // the whole first block was read, nothing of the second
            assertThat(reader.recordsRead()).isBetween(1000L, 10_000L);
        }
    }

    @Test
    void garbageInABlockNeverExhaustsMemory() throws IOException {
        Path file = write("events.avro", ArchiveCodec.NULL, events.subList(0, 2_000));
        byte[] bytes = Files.readAllBytes(file);
        byte[] sync = syncMarker(file);
        int headerEnd = indexOf(bytes, sync, 0) + sync.length;
        // after the block's record count and size, claim a 2³⁰-element array / string and more
        Arrays.fill(bytes, headerEnd + 8, headerEnd + 4_000, (byte) 0xfe);
        Files.write(file, bytes);

        try (EventArchiveReader reader = EventArchiveReader.open(file)) {
            assertThatThrownBy(() -> readAll(reader)).isInstanceOf(ArchiveFormatException.class)
                    .hasMessageStartingWith(file + ": damaged archive at block 0");
        }
    }

    /** The file's 16-byte sync marker, which ends the header. */
    private static byte[] syncMarker(Path file) throws IOException {
        try (DataFileReader<Object> raw = new DataFileReader<>(file.toFile(), new GenericDatumReader<>())) {
            int headerEnd = (int) raw.previousSync();
            return Arrays.copyOfRange(Files.readAllBytes(file), headerEnd - 16, headerEnd);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("sync marker not found after " + from);
    }

    /** An archive written before datasetId and sqrtS existed still reads, the missing fields at their defaults. */
    @Test
    void anArchiveFromAnEarlierSchemaReadsWithTheNewDefaults() throws IOException {
        Schema current = Event.getClassSchema();
        Schema earlier = Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false,
                current.getFields().stream()
                        .filter(field -> !field.name().equals("datasetId") && !field.name().equals("sqrtS"))
                        .map(field -> new Schema.Field(field, field.schema()))
                        .toList());
        Path file = dir.resolve("earlier.avro");
        try (DataFileWriter<GenericData.Record> writer =
                new DataFileWriter<>(new GenericDatumWriter<GenericData.Record>(earlier))) {
            writer.create(earlier, file.toFile());
            for (Event event : events.subList(0, 100)) {
                GenericData.Record old = new GenericData.Record(earlier);
                earlier.getFields().forEach(field -> old.put(field.name(), event.get(field.name())));
                writer.append(old);
            }
        }

        try (EventArchiveReader reader = EventArchiveReader.open(file)) {
            List<Event> read = readAll(reader);

            assertThat(read).hasSize(100);
            assertThat(read).allSatisfy(event -> {
                assertThat(event.getSqrtS()).isEqualTo(13000f);
                assertThat(event.getDatasetId()).isZero();
            });
            assertThat(read.get(7).getObjects()).isEqualTo(events.get(7).getObjects());
            assertThat(read.get(7).getWeight()).isEqualTo(events.get(7).getWeight());
        }
    }
}
