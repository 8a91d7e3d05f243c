package org.adtrigger.schema.serde;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A Kafka {@link org.apache.kafka.common.serialization.Serde} for one generated record type in Avro
 * single-object encoding: a {@link SingleObjectSerializer} and a {@link SingleObjectDeserializer} of the
 * same type. Needs no configuration and no schema registry; thread-safe, so one instance may serve all
 * stream threads. {@link AvroSerdes} makes one per record type.
 */
public final class SingleObjectSerde<T extends SpecificRecord> extends Serdes.WrapperSerde<T> {

    /**
     * @param type a generated record class of {@value SchemaPackageTrust#PACKAGE}
     * @throws IllegalArgumentException for any other class
     */
    public SingleObjectSerde(Class<T> type) {
        this(RecordSchema.of(type));
    }

    private SingleObjectSerde(RecordSchema<T> recordSchema) {
        super(new SingleObjectSerializer<>(recordSchema), new SingleObjectDeserializer<>(recordSchema));
    }
}
