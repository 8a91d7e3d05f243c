package org.adtrigger.ingest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.adtrigger.ingest.avro.EventArchiveReader;
import org.adtrigger.schema.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code adtrigger inspect}: per-sample summary of Avro event archives; for ROOT files (told by their magic
 * bytes) the trees, branches, types and entries.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Print per-sample counts, sum of weights, mean MET and object multiplicities of Avro archives,",
                "or the trees, branches (with types) and entries of ROOT files."})
final class InspectCommand implements Callable<Integer> {
    private static final byte[] ROOT_MAGIC = "root".getBytes(StandardCharsets.US_ASCII);

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Avro event archives or ROOT files.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : files) {
            if (isRootFile(file)) {
                RootSummary.print(file, out);
                continue;
            }
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
        return 0;
    }

    private static boolean isRootFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ROOT_MAGIC.length), ROOT_MAGIC);
        }
    }
}
