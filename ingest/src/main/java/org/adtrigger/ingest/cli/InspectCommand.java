package org.adtrigger.ingest.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.adtrigger.ingest.avro.EventArchiveReader;
import org.adtrigger.schema.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code adtrigger inspect}: per-sample summary of Avro event archives. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Print per-sample counts, sum of weights, mean MET and object multiplicities of Avro archives.")
final class InspectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Avro event archives.")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : files) {
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
}
