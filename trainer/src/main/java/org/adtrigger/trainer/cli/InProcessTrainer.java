package org.adtrigger.trainer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adtrigger.trainer.inprocess.CachedFile;
import org.adtrigger.trainer.inprocess.InProcessCommand;
import org.adtrigger.trainer.study.ModelTrainer;

/**
 * Trains a study's models by running {@code adtrigger train} in this JVM (the same command, options and code
 * path as a user's training), its output going to {@code <model>.log} next to the model. A model already
 * trained with the same arguments on archives with the same contents is reused, so that studies sharing a
 * model, and repeated runs, do not train it again.
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
        args.add("--no-progress");

        // The archives' digests make the key follow their contents, not just their names.
        StringBuilder key = new StringBuilder(String.join(" ", args)).append(" --out ").append(onnxFile).append('\n');
        for (Path archive : archives) {
            key.append(ArchiveDigest.sha256(archive)).append(' ').append(archive).append('\n');
        }
        Files.createDirectories(onnxFile.toAbsolutePath().getParent());
        Path log = Path.of(onnxFile + ".log");
        CachedFile.Made made = new CachedFile(onnxFile, key.toString()).getOrMake(target -> {
            progress.printf("training %s (%s, %d archive(s)) ...", onnxFile.getFileName(), architecture,
                    archives.size());
            progress.flush();
            List<String> argv = new ArrayList<>(args);
            argv.addAll(List.of("--out", target.toString()));
            try {
                InProcessCommand.run(InProcessCommand.TRAINER, argv, log);
            } catch (IllegalStateException e) {
                progress.println(" failed");
                throw e;
            }
        });
        if (made.reused()) {
            progress.printf("reusing %s (trained before with the same arguments and data)%n", onnxFile);
        } else {
            progress.printf(Locale.ROOT, " %.1f s%n", made.seconds());
        }
        progress.flush();
        return onnxFile;
    }
}
