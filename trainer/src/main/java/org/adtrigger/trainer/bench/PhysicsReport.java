package org.adtrigger.trainer.bench;

import org.adtrigger.core.io.AtomicOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adtrigger.trainer.evaluate.MetricsJson;

/** Writes a benchmark run as physics.md (the tables) and physics.json (every number, settings, seeds, command). */
final class PhysicsReport {
    static final String MARKDOWN = "physics.md";
    static final String JSON = "physics.json";

    private PhysicsReport() {
    }

    /** Writes both files into {@code dir}; returns their paths. */
    static List<Path> write(Path dir, PhysicsBenchResult result, String markdown) throws IOException {
        Files.createDirectories(dir);
        Path md = dir.resolve(MARKDOWN);
        AtomicOutput.writeString(md, markdown);
        Path json = dir.resolve(JSON);
        MetricsJson.writeValue(json, result);
        return List.of(md, json);
    }
}
