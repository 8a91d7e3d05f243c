package org.adtrigger.streams.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.adtrigger.core.stats.BumpHunter;
import org.adtrigger.schema.WindowSummary;
import org.adtrigger.streams.readback.SpectraReport;
import org.adtrigger.streams.readback.StreamSpectra;
import org.adtrigger.streams.readback.TopicKind;
import org.adtrigger.streams.readback.TopicReader;
import org.adtrigger.streams.readback.TopicRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code adtrigger spectra}: reads the window summaries of a time range back (read_committed), sums their
 * leading-mass spectra and writes the observed-vs-expected and bump-hunt report ({@link SpectraReport}): the
 * data/MC plots and spectra.json.
 * Exit codes: 0; 1 when no window of the range was found, a summary does not decode or lacks spectra (no
 * report then: it would miss events); 2 usage error.
 */
@Command(name = "spectra", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Sum the window summaries' mass spectra over a time range and write the observed-vs-expected "
                + "and bump-hunt report (spectra.json and a data/MC plot per tier level and mass).")
final class SpectraCommand implements Callable<Integer> {
    private static final Duration POLL = Duration.ofMillis(200);

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "TIME", defaultValue = "1970-01-01T00:00:00Z",
            description = "Start of the range: ISO-8601 instant (2026-12-06T16:00:00Z) or epoch milliseconds; "
                    + "windows starting before it are left out (default: the topic's beginning).")
    String from;

    @Option(names = "--to", paramLabel = "TIME",
            description = "End of the range, as --from; windows ending after it are left out (default: now).")
    String to;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Report directory.")
    Path out;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT", defaultValue = "localhost:9092",
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}).")
    String bootstrap;

    @Option(names = "--topic-name", paramLabel = "NAME",
            description = "The window summaries' topic where the app's configuration renamed it (default: "
                    + "window-summaries).")
    String topicName;

    @Option(names = "--toys", defaultValue = "10000", paramLabel = "N",
            description = "Background-only pseudo-experiments per bump hunt (default: ${DEFAULT-VALUE}).")
    int toys;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of the pseudo-experiments (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-width", defaultValue = "6", paramLabel = "BINS",
            description = "Widest bump-hunt window, in bins (default: ${DEFAULT-VALUE}; mass bins are 50 GeV).")
    int maxWidth;

    @Override
    public Integer call() throws IOException {
        long fromMs = time("--from", from);
        long toMs = to == null ? System.currentTimeMillis() : time("--to", to);
        if (toMs <= fromMs) {
            throw new ParameterException(spec.commandLine(), "--to (" + Instant.ofEpochMilli(toMs)
                    + ") must come after --from (" + Instant.ofEpochMilli(fromMs) + ")");
        }
        if (toys <= 0 || maxWidth <= 0) {
            throw new ParameterException(spec.commandLine(), "--toys and --max-width must be positive");
        }
        String name = topicName != null ? topicName : TopicKind.WINDOW_SUMMARIES.defaultName();
        PrintWriter err = spec.commandLine().getErr();
        StreamSpectra spectra = new StreamSpectra(fromMs, toMs);
        try (TopicReader reader = TopicReader.fromTime(bootstrap, name, TopicKind.WINDOW_SUMMARIES, fromMs)) {
            while (!reader.caughtUp()) {
                for (TopicRecord record : reader.poll(POLL)) {
                    if (record.error() != null) {
                        err.println("adtrigger spectra: " + name + " partition " + record.partition() + " offset "
                                + record.offset() + ": " + record.error() + "; no report written");
                        return 1;
                    }
                    spectra.add((WindowSummary) record.value());
                }
            }
        }
        if (spectra.windows() == 0) {
            err.println("adtrigger spectra: no window summary of key ALL in " + name + " between "
                    + Instant.ofEpochMilli(fromMs) + " and " + Instant.ofEpochMilli(toMs) + "; no report written");
            return 1;
        }
        List<SpectraReport.Entry> entries = SpectraReport.analyse(spectra,
                new SpectraReport.Settings(toys, seed, maxWidth), n -> { });
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("topic", name);
        provenance.put("bootstrap", bootstrap);
        List<Path> written = SpectraReport.write(out, provenance, spectra, entries);
        print(spec.commandLine().getOut(), spectra, entries);
        err.println("spectra: " + spectra.windows() + " window(s), " + spectra.events() + " events; wrote "
                + (written.size() - 1) + " plot(s) and " + written.get(written.size() - 1));
        return 0;
    }

    private long time(String option, String value) {
        try {
            return value.chars().allMatch(Character::isDigit) ? Long.parseLong(value) : Instant.parse(value).toEpochMilli();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), option + " " + value
                    + ": not an ISO-8601 instant (2026-12-06T16:00:00Z) nor epoch milliseconds");
        }
    }

    /** One line per tier level and mass: counts, χ²/ndf and the most significant window. */
    private static void print(PrintWriter out, StreamSpectra spectra, List<SpectraReport.Entry> entries) {
        if (!spectra.expectationKnown()) {
            out.println("no expectation: a model card that scored these windows has no expected spectra (observed only)");
        }
        out.println("region  mass   observed   expected   chi2/ndf  bump window [GeV]  local Z  global Z");
        for (SpectraReport.Entry e : entries) {
            String region = e.regionId();
            if (e.comparison() == null) {
                out.printf(Locale.ROOT, "%-7s %-5s %9.0f%n", region, e.mass().id(), e.observed().total().sumW());
                continue;
            }
            BumpHunter.Result b = e.bump();
            String window = b.window().isExcess() ? String.format(Locale.ROOT, "[%.0f, %.0f]",
                    b.window().low(e.observed()), b.window().high(e.observed())) : "none";
            out.printf(Locale.ROOT, "%-7s %-5s %9.0f %10.4g %6.1f/%-3d %-18s %7.2f %s%.2f%n", region, e.mass().id(),
                    e.comparison().observed(), e.comparison().expected().sumW(), e.comparison().chi2(),
                    e.comparison().ndf(), window, b.window().localSignificance(), b.isBound() ? ">" : " ",
                    b.globalSignificance());
        }
        out.flush();
    }
}
