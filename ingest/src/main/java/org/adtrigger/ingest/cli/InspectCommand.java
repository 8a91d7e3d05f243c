package org.adtrigger.ingest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.adtrigger.core.io.FileProblem;
import org.adtrigger.ingest.avro.EventArchiveReader;
import org.adtrigger.schema.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code adtrigger inspect}: per-sample summary of Avro event archives; for ROOT files (told by their magic
 * bytes) the trees, branches, types and entries.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Print per-sample counts, sum of weights, mean MET and object multiplicities of Avro archives,",
                "or the trees, branches (with types) and entries of ROOT files.",
                "A file that cannot be read is reported (path and reason) and the rest are inspected; exit code 1 then."})
final class InspectCommand implements Callable<Integer> {
    private static final byte[] ROOT_MAGIC = "root".getBytes(StandardCharsets.US_ASCII);

    @Spec
    CommandSpec spec;

    @ParentCommand
    IngestMain parent;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Avro event archives or ROOT files.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        // A bad file is reported and the next one read: one broken file must not hide the others' summaries.
        for (Path file : files) {
            String kind = "file";
            try {
                if (Files.isDirectory(file)) {
                    throw new IOException(file + ": is a directory, expected a file");
                }
                if (isRootFile(file)) {
                    kind = "ROOT file";
                    RootSummary.print(file, out);
                } else {
                    kind = "Avro archive";
                    printArchive(file, out);
                }
            } catch (IOException | RuntimeException e) {
                bad++;
                err.println("adtrigger inspect: " + file + ": bad " + kind + ": " + FileProblem.reason(file, e));
                if (parent.verbose) {
                    e.printStackTrace(err);
                }
            }
        }
        if (bad > 0) {
            err.println("adtrigger inspect: " + bad + " of " + files.size() + " files could not be read");
            return 1;
        }
        return 0;
    }

    private static void printArchive(Path file, PrintWriter out) throws IOException {
        ArchiveSummary summary = new ArchiveSummary();
        try (EventArchiveReader reader = EventArchiveReader.open(file)) {
            Event reuse = null;
            while (reader.hasNext()) {
                reuse = reader.next(reuse);
                summary.add(reuse);
            }
            out.println(file + " (codec " + reader.codec() + (reader.metadata().isEmpty() ? "" : ", " + reader.metadata())
                    + ")");
        }
        summary.print(out);
    }

    /** ROOT by its magic bytes, or by its name when the header is too damaged to say. */
    private static boolean isRootFile(Path file) throws IOException {
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".root")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ROOT_MAGIC.length), ROOT_MAGIC);
        }
    }
}
