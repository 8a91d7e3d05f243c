package org.adtrigger.schema.serde;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * What both halves of a serde need to know about one generated record type: its schema, the Avro data
 * model that builds its instances, and the fingerprint that identifies it on the wire.
 */
record RecordSchema<T extends SpecificRecord>(Class<T> type, Schema schema, SpecificData model, long fingerprint) {

    /**
     * Describes a generated record class of {@value SchemaPackageTrust#PACKAGE}, installing Avro's trust
     * in that package on the way.
     *
     * @throws IllegalArgumentException for a class outside that package: Avro would refuse to decode it
     */
    static <T extends SpecificRecord> RecordSchema<T> of(Class<T> type) {
        if (!SchemaPackageTrust.isSchemaClass(type)) {
            throw new IllegalArgumentException(type.getName() + " is not a generated record of "
                    + SchemaPackageTrust.PACKAGE + ", the only package these serdes trust");
        }
        SchemaPackageTrust.install();
        SpecificData model = SpecificData.getForClass(type);
        Schema schema = model.getSchema(type);
        return new RecordSchema<>(type, schema, model, SchemaNormalization.parsingFingerprint64(schema));
    }

    /** The record's simple name, as error messages show it. */
    String name() {
        return schema.getName();
    }
}
