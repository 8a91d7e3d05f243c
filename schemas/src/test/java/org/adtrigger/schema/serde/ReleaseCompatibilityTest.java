package org.adtrigger.schema.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;

class ReleaseCompatibilityTest {

    private static final Schema V1 = parse("""
            {"type": "record", "name": "Hit", "fields": [
              {"name": "energy", "type": "double"},
              {"name": "layer", "type": "int", "default": 0}]}""");

    @Test
    void aFieldAddedWithADefaultKeepsTheRule() {
        Schema v2 = parse("""
                {"type": "record", "name": "Hit", "fields": [
                  {"name": "energy", "type": "double"},
                  {"name": "layer", "type": "int", "default": 0},
                  {"name": "time", "type": "float", "default": 0.0}]}""");

        assertThat(ReleaseCompatibility.problems(v2, List.of(release(V1, 1), release(v2, 2)))).isEmpty();
    }

    @Test
    void aFieldAddedWithoutADefaultCannotReadOldPayloads() {
        Schema v2 = parse("""
                {"type": "record", "name": "Hit", "fields": [
                  {"name": "energy", "type": "double"},
                  {"name": "layer", "type": "int", "default": 0},
                  {"name": "time", "type": "float"}]}""");

        assertThat(ReleaseCompatibility.problems(v2, List.of(release(V1, 1), release(v2, 2))))
                .singleElement().asString()
                .startsWith("the current Hit cannot read v1 payloads: READER_FIELD_MISSING_DEFAULT")
                .contains("time");
    }

    @Test
    void aRemovedFieldWithoutADefaultBreaksOldReaders() {
        Schema v2 = parse("""
                {"type": "record", "name": "Hit", "fields": [
                  {"name": "layer", "type": "int", "default": 0}]}""");

        assertThat(ReleaseCompatibility.problems(v2, List.of(release(V1, 1), release(v2, 2))))
                .singleElement().asString()
                .startsWith("Hit v1 readers cannot read current payloads: READER_FIELD_MISSING_DEFAULT")
                .contains("energy");
    }

    @Test
    void aNarrowedTypeBreaksOneDirection() {
        Schema v2 = parse("""
                {"type": "record", "name": "Hit", "fields": [
                  {"name": "energy", "type": "float"},
                  {"name": "layer", "type": "int", "default": 0}]}""");

        assertThat(ReleaseCompatibility.problems(v2, List.of(release(V1, 1), release(v2, 2))))
                .singleElement().asString().startsWith("the current Hit cannot read v1 payloads: TYPE_MISMATCH");
    }

    @Test
    void anUnreleasedChangeIsRefused() {
        Schema changed = parse("""
                {"type": "record", "name": "Hit", "fields": [
                  {"name": "energy", "type": "double"},
                  {"name": "layer", "type": "int", "default": 0},
                  {"name": "time", "type": "float", "default": 0.0}]}""");

        assertThat(ReleaseCompatibility.problems(changed, List.of(release(V1, 1))))
                .singleElement().asString()
                .startsWith("Hit changed since its newest release v1: add org/adtrigger/schema/released/Hit.v2.avsc");
    }

    @Test
    void versionsMustRunWithoutGaps() {
        assertThat(ReleaseCompatibility.problems(V1, List.of(release(V1, 2))))
                .containsExactly("Hit releases are not numbered 1..1 without gaps");
    }

    private static ReleasedSchemas.Release release(Schema schema, int version) {
        return new ReleasedSchemas.Release(schema.getName(), version, schema,
                SchemaNormalization.parsingFingerprint64(schema));
    }

    private static Schema parse(String json) {
        return new Schema.Parser().parse(json);
    }
}
