/**
 * Kafka serdes for the project's Avro records in Avro <em>single-object encoding</em>, with no schema
 * registry.
 *
 * <h2>Wire format</h2>
 * Every non-null Kafka key or value is one record laid out as
 * <pre>
 *   offset 0      0xC3 0x01          marker: "Avro single-object encoding, version 1"
 *   offset 2      8 bytes            CRC-64-AVRO (Rabin) fingerprint of the writer schema's
 *                                    Parsing Canonical Form, little-endian
 *   offset 10     rest               the record in Avro binary encoding
 * </pre>
 * The fingerprint equals {@link org.apache.avro.SchemaNormalization#parsingFingerprint64} of the
 * generated class's schema. Doc strings and defaults are not part of the canonical form, so editing them
 * keeps the fingerprint; adding, removing, renaming or retyping a field changes it. A null record is a
 * null payload (a tombstone) and the other way round.
 *
 * <h2>Entry points</h2>
 * {@link org.adtrigger.schema.serde.AvroSerdes} makes a {@link org.adtrigger.schema.serde.SingleObjectSerde}
 * per record type. A deserializer accepts the fingerprint of its own type's current schema and of every
 * released earlier version ({@link org.adtrigger.schema.serde.ReleasedSchemas}, resolved by Avro's
 * schema resolution); anything else (another type, an unreleased schema version, a short or corrupt
 * payload, trailing bytes) is refused with a
 * {@link org.apache.kafka.common.errors.SerializationException} whose message says what was wrong, so the
 * stream's handler can route the record to the dead-letter topic.
 *
 * <h2>Schema evolution</h2>
 * Every released writer schema is kept as {@code org/adtrigger/schema/released/<Record>.v<N>.avsc}
 * (listed in its {@code index.txt}). The build's {@code ReleasedSchemasCompatibilityTest} requires the
 * current schema of each record to be its newest release and to be mutually resolvable with every earlier
 * one (new readers read old writers and old readers read new writers), so a field may be added only with a
 * default, and removed only if it had one.
 *
 * <h2>Class trust</h2>
 * Avro 1.12 refuses to load a class for a schema unless the class is trusted. The serdes trust the
 * generated package {@code org.adtrigger.schema} and nothing else; see
 * {@link org.adtrigger.schema.serde.SchemaPackageTrust}.
 */
package org.adtrigger.schema.serde;
