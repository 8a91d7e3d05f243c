package org.adtrigger.schema.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.WindowSummary;
import org.apache.avro.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The build's schema compatibility check: a change to a record schema fails here until it is released
 * (a new file in the released directory) and resolves both ways with every earlier release.
 */
class ReleasedSchemasCompatibilityTest {

    static Stream<Schema> topicRecords() {
        return Stream.of(Event.getClassSchema(), ScoredEvent.getClassSchema(), WindowSummary.getClassSchema(),
                DeadLetter.getClassSchema());
    }

    @ParameterizedTest
    @MethodSource("topicRecords")
    void currentSchemaIsReleasedAndResolvesWithEveryEarlierRelease(Schema current) {
        assertThat(ReleaseCompatibility.problems(current, ReleasedSchemas.of(current.getName()))).isEmpty();
    }

    @Test
    void everyReleasedFileIsListedInTheIndex() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", ReleasedSchemas.DIRECTORY))) {
            var onDisk = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".avsc"))
                    .toList();
            var listed = ReleasedSchemas.all().stream()
                    .map(release -> release.recordName() + ".v" + release.version() + ".avsc")
                    .toList();

            assertThat(listed).containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }
}
