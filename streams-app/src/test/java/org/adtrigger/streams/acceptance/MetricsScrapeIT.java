package org.adtrigger.streams.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.adtrigger.probe.PrometheusText;
import org.adtrigger.streams.testsupport.ScoredApp;
import org.junit.jupiter.api.Test;

/**
 * /metrics of a running app, after good events and a poison record, exports every meter the "Meters" paragraph
 * of docs/streaming.md documents, with its tags, plus Kafka Streams client and JVM metrics. The list is read
 * from that page itself, so the test fails when the documentation and the app drift apart.
 */
class MetricsScrapeIT {
    private static final Path STREAMING_DOC = Path.of("..", "docs", "streaming.md");
    private static final Pattern METER = Pattern.compile("`(\\.?[a-z][a-z.]*)(?:\\{([a-z,]+)})?`");

    /** A documented meter: its full name and tag keys. */
    record Meter(String name, List<String> tags) {
        String prometheusPrefix() {
            return name.replace('.', '_');
        }
    }

    @Test
    void exportsEveryDocumentedMeterWithItsTags() throws Exception {
        List<Meter> documented = documentedMeters();
        assertThat(documented).extracting(Meter::name).contains("adtrigger.events.received",
                "adtrigger.events.dead.lettered", "adtrigger.window.rate", "adtrigger.scorer.info");
        try (ScoredApp app = ScoredApp.start("metrics-it")) {
            PrometheusText scrape = app.scrape();

            for (Meter meter : documented) {
                List<PrometheusText.Sample> series = scrape.samples().stream()
                        .filter(s -> s.name().equals(meter.prometheusPrefix()) || s.name().startsWith(meter.prometheusPrefix() + "_"))
                        .toList();
                assertThat(series).as("series of " + meter.name()).isNotEmpty();
                assertThat(series).as("tags of " + meter.name())
                        .allSatisfy(s -> assertThat(s.labels().keySet()).containsAll(meter.tags()));
            }
            assertThat(scrape.samples()).extracting(PrometheusText.Sample::name)
                    .anySatisfy(name -> assertThat(name).startsWith("kafka_stream_"))
                    .anySatisfy(name -> assertThat(name).startsWith("jvm_"));
        }
    }

    /**
     * The meters of the "Meters" paragraph of docs/streaming.md, e.g. {@code `adtrigger.events.received`} or
     * {@code `.dead.lettered{reason}`}: a name starting with a dot continues the namespace of the last full
     * name before it ({@code adtrigger.events}).
     */
    static List<Meter> documentedMeters() throws Exception {
        String page = Files.readString(STREAMING_DOC);
        int start = page.indexOf("- Meters (Micrometer):");
        assertThat(start).as("docs/streaming.md has a Meters paragraph").isNotNegative();
        int end = page.indexOf("\n\n", start);
        Matcher m = METER.matcher(page.substring(start, end < 0 ? page.length() : end));
        List<Meter> meters = new ArrayList<>();
        String namespace = "";
        while (m.find()) {
            String name = m.group(1);
            if (name.startsWith(".")) {
                name = namespace + name;
            } else {
                namespace = name.substring(0, name.lastIndexOf('.'));
            }
            meters.add(new Meter(name, m.group(2) == null ? List.of() : List.of(m.group(2).split(","))));
        }
        return meters;
    }
}
