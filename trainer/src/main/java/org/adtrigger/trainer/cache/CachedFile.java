package org.adtrigger.trainer.cache;

import org.adtrigger.core.io.AtomicOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A file made once (a sample, a trained model) and reuses while the parameters it was made with stay the same. The
 * parameters (one canonical line) and the seconds the making took are kept in a sidecar {@code <file>.params}
 * written last, so a run interrupted half-way never leaves a file that passes for finished. The file is made
 * in a scratch folder beside it and moved in with whatever sidecars its maker wrote next to it (a model's card).
 */
public final class CachedFile {
    private static final String PARAMETERS = "parameters";
    private static final String SECONDS = "seconds";

    private final Path file;
    private final String parameters;

    public CachedFile(Path file, String parameters) {
        this.file = file;
        this.parameters = parameters;
    }

    /** What making (or finding) the file cost: the seconds recorded when it was made, and whether it was reused. */
    public record Made(Path file, double seconds, boolean reused) {
    }

    /** Work that writes the file at the given path. */
    @FunctionalInterface
    public interface Maker {
        void make(Path target) throws IOException;
    }

    public Path file() {
        return file;
    }

    /**
     * The file as it is when its sidecar records the same parameters; otherwise makes it with {@code maker}
     * in the scratch folder, moves it (and anything written beside it) in place and records the parameters.
     */
    public Made getOrMake(Maker maker) throws IOException {
        Properties recorded = recorded();
        if (recorded != null && parameters.equals(recorded.getProperty(PARAMETERS)) && Files.isRegularFile(file)) {
            return new Made(file, Double.parseDouble(recorded.getProperty(SECONDS, "NaN")), true);
        }
        Files.deleteIfExists(sidecar());
        Path scratch = file.resolveSibling(".partial-" + file.getFileName());
        deleteTree(scratch);
        Files.createDirectories(scratch);
        long start = System.nanoTime();
        maker.make(scratch.resolve(file.getFileName()));
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Stream<Path> made = Files.list(scratch)) {
            for (Path p : made.toList()) {
                Files.move(p, file.resolveSibling(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.delete(scratch);
        Properties made = new Properties();
        made.setProperty(PARAMETERS, parameters);
        made.setProperty(SECONDS, String.format(Locale.ROOT, "%.3f", seconds));
        try (AtomicOutput out = AtomicOutput.create(sidecar())) {
            made.store(out.stream(), "adtrigger: reused while the parameters match");
            out.commit();
        }
        return new Made(file, seconds, false);
    }

    private Properties recorded() throws IOException {
        if (!Files.isRegularFile(sidecar())) {
            return null;
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(sidecar())) {
            p.load(in);
        }
        return p;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private Path sidecar() {
        return file.resolveSibling(file.getFileName() + ".params");
    }
}
