package org.adtrigger.trainer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adtrigger.core.model.ModelCardJson;
import org.adtrigger.trainer.study.ModelTrainer;

/**
 * Trains a study's models by running {@code adtrigger train} in this JVM (the same command, options and code
 * path as a user's training), its output going to {@code <model>.log} next to the model. A model already
 * trained with the same arguments on archives with the same contents (recorded in {@code <model>.args}) is
 * reused, so that studies sharing a model, and repeated runs, do not train it again.
 */
final class InProcessTrainer implements ModelTrainer {
    private final List<String> options;
    private final PrintWriter progress;

    /** @param options train options common to every model of the study (layout, selection, epochs, seed, ...) */
    InProcessTrainer(List<String> options, PrintWriter progress) {
        this.options = List.copyOf(options);
        this.progress = progress;
    }

    @Override
    public Path train(Path onnxFile, List<Path> archives, String architecture) throws IOException {
        List<String> args = new ArrayList<>(List.of("train", "--data"));
        archives.forEach(a -> args.add(a.toString()));
        args.addAll(List.of("--model", architecture));
        args.addAll(options);
        args.addAll(List.of("--no-progress", "--out", onnxFile.toString()));

        StringBuilder key = new StringBuilder(String.join(" ", args)).append('\n');
        for (Path archive : archives) {
            key.append(ArchiveDigest.sha256(archive)).append(' ').append(archive).append('\n');
        }
        Path keyFile = Path.of(onnxFile + ".args");
        if (Files.isRegularFile(onnxFile) && Files.isRegularFile(ModelCardJson.sidecarOf(onnxFile))
                && Files.isRegularFile(keyFile) && Files.readString(keyFile).contentEquals(key)) {
            progress.printf("reusing %s (trained before with the same arguments and data)%n", onnxFile);
            progress.flush();
            return onnxFile;
        }
        Files.deleteIfExists(keyFile);
        Files.createDirectories(onnxFile.toAbsolutePath().getParent());
        Path log = Path.of(onnxFile + ".log");
        progress.printf("training %s (%s, %d archive(s)) ...", onnxFile.getFileName(), architecture, archives.size());
        progress.flush();
        long start = System.nanoTime();
        int exit;
        try (PrintWriter logWriter = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            logWriter.println("adtrigger " + String.join(" ", args));
            exit = TrainerMain.run(args.toArray(String[]::new), logWriter, logWriter);
        }
        if (exit != 0) {
            List<String> lines = Files.readAllLines(log);
            progress.println(" failed");
            throw new IllegalStateException("training " + onnxFile + " failed (exit " + exit + "): "
                    + lines.get(lines.size() - 1) + " (log: " + log + ")");
        }
        progress.printf(Locale.ROOT, " %.1f s%n", (System.nanoTime() - start) / 1e9);
        progress.flush();
        Files.writeString(keyFile, key);
        return onnxFile;
    }
}
