package org.adtrigger.streams.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.adtrigger.streams.readback.RecordJson;
import org.adtrigger.streams.readback.TopicKind;
import org.adtrigger.streams.readback.TopicReader;
import org.adtrigger.streams.readback.TopicRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code adtrigger tail}: an output topic's records as JSON lines on stdout, read_committed; a count on
 * stderr at the end. Exit codes: 0, 1 when a record could not be decoded (it is printed with its error),
 * 2 usage error.
 */
@Command(name = "tail", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print an output topic's records as JSON lines (read_committed: only what the app committed).")
final class TailCommand implements Callable<Integer> {
    private static final Duration POLL = Duration.ofMillis(200);

    @Spec
    CommandSpec spec;

    @Option(names = "--topic", required = true, paramLabel = "TOPIC",
            description = "anomalies, scored-events, window-summaries or events.dlq.")
    String topic;

    @Option(names = "--topic-name", paramLabel = "NAME",
            description = "The topic's name where the app's configuration renamed it (default: --topic).")
    String topicName;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT", defaultValue = "localhost:9092",
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
    String bootstrap;

    @Option(names = "--from-beginning", description = "Start at the beginning of the topic (default: at its end).")
    boolean fromBeginning;

    @Option(names = "--follow", description = "Keep waiting for new records (until --max or Ctrl-C); "
            + "without it, stop once the records committed before the start have been read.")
    boolean follow;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records (default: no limit).")
    Long max;

    @Override
    public Integer call() {
        TopicKind kind;
        try {
            kind = TopicKind.byName(topic);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!fromBeginning && !follow) {
            throw new ParameterException(spec.commandLine(), "nothing to read: add --from-beginning (the records "
                    + "so far) and/or --follow (the records to come)");
        }
        if (max != null && max <= 0) {
            throw new ParameterException(spec.commandLine(), "--max must be positive, got " + max);
        }
        String name = topicName != null ? topicName : kind.defaultName();
        PrintWriter out = spec.commandLine().getOut();
        long printed = 0;
        long undecodable = 0;
        try (TopicReader reader = new TopicReader(bootstrap, name, kind, fromBeginning)) {
            while (max == null || printed < max) {
                if (!follow && reader.caughtUp()) {
                    break;
                }
                for (TopicRecord record : reader.poll(POLL)) {
                    if (max != null && printed == max) {
                        break;
                    }
                    out.println(RecordJson.line(record));
                    printed++;
                    undecodable += record.error() == null ? 0 : 1;
                }
                out.flush();
            }
        }
        spec.commandLine().getErr().println("tail: " + printed + " record(s) from " + name
                + (undecodable == 0 ? "" : ", " + undecodable + " not decodable"));
        return undecodable == 0 ? 0 : 1;
    }
}
