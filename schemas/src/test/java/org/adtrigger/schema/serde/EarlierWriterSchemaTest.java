package org.adtrigger.schema.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.adtrigger.schema.Event;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Payloads written with an earlier schema: resolved when the schema was released, refused otherwise. */
class EarlierWriterSchemaTest {

    /** Event as it would have been before {@code datasetId} and {@code sqrtS} were added. */
    private static final Schema EARLIER_EVENT = without(Event.getClassSchema(), Set.of("datasetId", "sqrtS"));

    @Test
    void anEventFromAReleasedEarlierSchemaDecodesWithTheNewDefaults() {
        Event original = SampleRecords.ttbarEvent();
        var deserializer = new SingleObjectDeserializer<>(RecordSchema.of(Event.class), List.of(EARLIER_EVENT));

        Event decoded = deserializer.deserialize("events", encode(original, EARLIER_EVENT));

        assertThat(decoded.getDatasetId()).isZero();
        assertThat(decoded.getSqrtS()).isEqualTo(13000f);
        assertThat(decoded.getObjects()).isEqualTo(original.getObjects());
        assertThat(decoded.getWeight()).isEqualTo(original.getWeight());
        assertThat(decoded.getSample()).isEqualTo(original.getSample());
    }

    @Test
    void anUnreleasedSchemaIsStillRefused() {
        byte[] payload = encode(SampleRecords.ttbarEvent(), EARLIER_EVENT);

        assertThatThrownBy(() -> AvroSerdes.event().deserializer().deserialize("events", payload))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("matches no ADTrigger schema, current or released");
    }

    @Test
    void everyReleasedEventVersionDecodesThroughTheTopicSerde() {
        Event original = SampleRecords.ttbarEvent();
        for (ReleasedSchemas.Release release : ReleasedSchemas.of("Event")) {
            Event decoded = AvroSerdes.event().deserializer().deserialize("events", encode(original, release.schema()));

            assertThat(decoded.getRun()).as("v%d", release.version()).isEqualTo(original.getRun());
            assertThat(decoded.getEventNumber()).as("v%d", release.version()).isEqualTo(original.getEventNumber());
            assertThat(decoded.getObjects()).as("v%d", release.version()).isEqualTo(original.getObjects());
        }
    }

    /** Writes the fields of {@code record} that {@code writer} has, the way a producer on that schema would. */
    private static byte[] encode(SpecificRecordBase record, Schema writer) {
        GenericData.Record copy = new GenericData.Record(writer);
        writer.getFields().forEach(field -> copy.put(field.name(), record.get(field.name())));
        try {
            return new BinaryMessageEncoder<GenericData.Record>(GenericData.get(), writer).encode(copy).array();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema without(Schema schema, Set<String> dropped) {
        List<Schema.Field> kept = schema.getFields().stream()
                .filter(field -> !dropped.contains(field.name()))
                .map(field -> new Schema.Field(field, field.schema()))
                .toList();
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, kept);
    }
}
