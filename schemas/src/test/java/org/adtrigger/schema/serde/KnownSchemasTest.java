package org.adtrigger.schema.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.adtrigger.schema.ScoredEvent;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;

class KnownSchemasTest {

    @Test
    void namesAProjectSchemaByItsFingerprint() {
        long fingerprint = SchemaNormalization.parsingFingerprint64(ScoredEvent.getClassSchema());

        assertThat(KnownSchemas.nameOf(fingerprint)).contains("ScoredEvent");
        assertThat(KnownSchemas.nameOf(fingerprint + 1)).isEmpty();
    }

    /** Each .avsc file holds one top-level record named like the file; a new one must be registered. */
    @Test
    void everyRecordSchemaFileIsKnown() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/avro"))) {
            var recordNames = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".avsc"))
                    .map(name -> name.substring(0, name.length() - ".avsc".length()))
                    .toList();

            assertThat(recordNames).isNotEmpty().allSatisfy(name -> assertThat(
                    KnownSchemas.nameOf(fingerprintOf(name))).contains(name));
        }
    }

    private static long fingerprintOf(String recordName) {
        try {
            Class<?> type = Class.forName("org.adtrigger.schema." + recordName);
            return SchemaNormalization.parsingFingerprint64(
                    (org.apache.avro.Schema) type.getMethod("getClassSchema").invoke(null));
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("no generated class for " + recordName, e);
        }
    }
}
