package org.adtrigger.streams.config;

import java.nio.file.Path;
import java.util.function.Predicate;

import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.trigger.OperatingPoint;
import org.adtrigger.scoring.onnx.ScorerSettings;
import org.adtrigger.streams.http.HttpSettings;

/**
 * Every setting the streaming commands read, with its default and a one-line description: the single
 * source of the configuration table in docs/configuration.md ({@link #markdownTable()}) and of the keys a
 * configuration file or {@code --set} may name ({@link KeyCheck#allKeys()}). The topology's keys are read and
 * checked by {@link TriggerConfig#from(java.util.Properties)}; the scorer's, the HTTP endpoints' and the
 * shutdown timeout by the component that uses them ({@link ScorerSettings}, {@link HttpSettings}, the runner),
 * whose names and defaults these constants take over rather than repeat.
 */
public enum ConfigKey {
    APPLICATION_ID("application.id", "adtrigger", Kind.TEXT,
            "Kafka Streams application id: consumer group, transactional id prefix and internal topic prefix"),
    BOOTSTRAP_SERVERS("bootstrap.servers", "localhost:9092", Kind.TEXT, "Kafka brokers to connect to"),
    TOPIC_EVENTS("topic.events", "events", Kind.TEXT, "Input topic of Avro `Event` records"),
    TOPIC_DEAD_LETTERS("topic.dlq", "events.dlq", Kind.TEXT,
            "Dead-letter topic: inputs that were undecodable or invalid, or failed in a later stage, as `DeadLetter` records"),
    TOPIC_SCORED("topic.scored", "scored-events", Kind.TEXT, "Every selected event as a `ScoredEvent`"),
    TOPIC_ANOMALIES("topic.anomalies", "anomalies", Kind.TEXT,
            "Events that pass the operating point `anomaly.operating.point` (the event-filter output)"),
    TOPIC_WINDOWS("topic.windows", "window-summaries", Kind.TEXT,
            "Final `WindowSummary` per closed window and key (all, per sample, per run)"),
    TOPIC_PARTITIONS("topic.partitions", "4", Kind.COUNT,
            "Partitions of the input and output topics when the app creates them (embedded broker, demo); "
                    + "`run` sets it to the input topic's actual count, the scoring tasks the windows wait for"),
    REPLICATION_FACTOR("replication.factor", "-1", Kind.REPLICATION,
            "Replication factor of internal topics (changelogs, repartition); -1 takes the broker default"),
    BATCH_SIZE("batch.size", "512", Kind.COUNT, "Events scored in one model call at most"),
    BATCH_MAX_DELAY_MS("batch.max.delay.ms", "20", Kind.MILLIS,
            "Wall-clock time after which a partial batch is scored anyway (also caps the consumer poll wait)"),
    ANOMALY_MIN_TIER("anomaly.min.tier", "1", Kind.TIER,
            "Lowest tier (0-3) that goes to the anomalies topic when `anomaly.operating.point` is empty"),
    ANOMALY_OPERATING_POINT("anomaly.operating.point", "", Kind.OPERATING_POINT,
            "The event filter's operating point: `tier:N`, a background efficiency (`1e-3`), a background cross "
                    + "section (`1pb`) or a rate budget (`20Hz`), placed on the model card (see the operating "
                    + "point in docs/streaming.md); empty: `tier:` + `anomaly.min.tier`"),
    ANOMALY_RATE_HYSTERESIS("anomaly.rate.hysteresis", "0.05", Kind.FRACTION,
            "Rate budget only: relative change of the measured input rate (last closed window over all events) "
                    + "that re-derives the cut; smaller changes keep it"),
    WINDOW_SIZE_MS("window.size.ms", "60000", Kind.MILLIS, "Length of the tumbling event-time windows"),
    WINDOW_GRACE_MS("window.grace.ms", "5000", Kind.MILLIS_OR_ZERO,
            "How long after its end a window still accepts late events before its summary is emitted"),
    WINDOW_IDLE_CLOSE_MS("window.idle.close.ms", "60000", Kind.MILLIS,
            "Wall-clock silence after which a scoring task (input partition) no longer holds windows open; when all "
                    + "are silent, event time follows the wall clock, so the last windows of a finished replay close "
                    + "within window + grace + this. Keep it above the fail-over time (session timeout) for exact windows"),
    MAX_OBJECTS("max.objects", "256", Kind.COUNT,
            "Events with more physics objects are dead-lettered whole (TOO_MANY_OBJECTS), never truncated"),
    MAX_RECORD_BYTES("max.record.bytes", "1048576", Kind.COUNT,
            "Input records larger than this many bytes are dead-lettered unread, without their bytes (OVERSIZE)"),
    MAX_SAMPLE_CHARS("max.sample.chars", "256", Kind.COUNT,
            "Events whose sample name is longer are dead-lettered (FIELD_TOO_LONG): the name is a window key and "
                    + "is copied into every scored event and window record"),
    MAX_OUTPUT_BYTES("max.output.bytes", "960000", Kind.COUNT,
            "Output and internal records whose serialized value is larger are not sent; their input is dead-lettered "
                    + "(OUTPUT_TOO_LARGE). Keys are limited to 64 KiB. Keep value + key below the producer's "
                    + "max.request.size and the topics' max.message.bytes (1 MiB by default)"),
    WINDOW_MAX_KEYS("window.max.keys", "1000", Kind.COUNT,
            "Distinct sample keys, and distinct run keys, each window summarises on its own; events of further "
                    + "samples (runs) are tallied under SAMPLE:(other) (RUN:(other)) and counted in "
                    + "adtrigger.window.overflow.events"),
    PROCESSING_GUARANTEE("processing.guarantee", "exactly_once_v2", Kind.GUARANTEE,
            "exactly_once_v2 (transactions; no event lost or duplicated on a crash) or at_least_once"),
    STATE_DIR("state.dir", Path.of(TempDir.PATH, "adtrigger-streams").toString(), Kind.TEXT,
            "Directory of local state (task directories and their locks; the window stores are kept in memory and "
                    + "restored from their changelogs). Unset, each instance gets its own: "
                    + "with the embedded broker a fresh directory removed at the stop; with an external broker "
                    + "`<this>/<application.id>-<digest of bootstrap.servers>/instance-<n>`, n the first slot no running "
                    + "process holds, so a second `run` on one machine does not collide and a restart finds its state"),
    NUM_STREAM_THREADS("num.stream.threads", "1", Kind.COUNT,
            "Stream threads scoring in parallel (more than the input partitions leaves some idle)"),
    COMMIT_INTERVAL_MS("commit.interval.ms", "20", Kind.MILLIS,
            "How often tasks commit (ends the transaction under exactly_once_v2: bounds output latency)"),
    SCORER_DEVICE(ScorerSettings.DEVICE, ScorerSettings.DEFAULTS.device().label(), Kind.CHECKED_BY_READER,
            "`auto` (CUDA if available, otherwise CPU with one log line), `cpu`, or `cuda` (fails if unavailable; "
                    + "build with `-Pgpu`)"),
    SCORER_INTRA_OP_THREADS(ScorerSettings.INTRA_OP_THREADS, Integer.toString(ScorerSettings.DEFAULTS.intraOpThreads()),
            Kind.CHECKED_BY_READER,
            "ONNX Runtime threads inside one batch call (spinning disabled; 1 is fastest on 2 cores, measured)"),
    SCORER_REQUIRED_LAYOUT(ScorerSettings.REQUIRED_LAYOUT, "", Kind.CHECKED_BY_READER,
            "Refuse models whose RMM layout differs (e.g. `T4N6655`); empty accepts the card's"),
    HTTP_ADDRESS(HttpSettings.ADDRESS, HttpSettings.DEFAULTS.address(), Kind.CHECKED_BY_READER,
            "Address `/metrics`, `/healthz`, `/readyz` bind to"),
    HTTP_PORT(HttpSettings.PORT, Integer.toString(HttpSettings.DEFAULTS.port()), Kind.CHECKED_BY_READER,
            "Port of those endpoints; `0` picks a free one (logged)"),
    SHUTDOWN_TIMEOUT_MS("shutdown.timeout.ms", "30000", Kind.CHECKED_BY_READER,
            "How long Kafka Streams may take to close on shutdown");

    /** Properties starting with this prefix are passed to Kafka Streams without it, e.g. {@code kafka.security.protocol}. */
    public static final String KAFKA_PREFIX = "kafka.";

    private final String key;
    private final String defaultValue;
    private final Kind kind;
    private final String description;

    ConfigKey(String key, String defaultValue, Kind kind, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.kind = kind;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /**
     * Checks a value for this key.
     *
     * @throws IllegalArgumentException naming the key, what it expects and what it got
     */
    void validate(String value) {
        if (!kind.accepts(value)) {
            throw new IllegalArgumentException("config " + key + ": expected " + kind.expectation + ", got '" + value + "'");
        }
    }

    /** The table of keys, defaults and descriptions in Markdown, for docs/configuration.md. */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder("| key | default | description |\n| --- | --- | --- |\n");
        for (ConfigKey k : values()) {
            // The temporary directory differs between machines; the table names it instead.
            String shown = k.defaultValue.replace(TempDir.PATH, "<java.io.tmpdir>");
            table.append("| `").append(k.key).append("` | ").append(shown.isEmpty() ? "*(empty)*" : "`" + shown + "`").append(" | ")
                    .append(k.description).append(" |\n");
        }
        table.append("| `").append(KAFKA_PREFIX).append("*` | | Passed to Kafka Streams and its clients without the prefix |\n");
        return table.toString();
    }

    /** Holder, because enum constants cannot read a static field of their own enum while it initialises. */
    private static final class TempDir {
        static final String PATH = System.getProperty("java.io.tmpdir");
    }

    private enum Kind {
        TEXT("a non-empty value", v -> !v.isBlank()),
        COUNT("a whole number from 1 to " + Integer.MAX_VALUE, v -> inRange(v, 1, Integer.MAX_VALUE)),
        MILLIS("a whole number of milliseconds > 0", v -> inRange(v, 1, Long.MAX_VALUE)),
        MILLIS_OR_ZERO("a whole number of milliseconds >= 0", v -> inRange(v, 0, Long.MAX_VALUE)),
        REPLICATION("-1 or a whole number from 1 to 32767", v -> inRange(v, -1, Short.MAX_VALUE) && !inRange(v, 0, 0)),
        TIER("a tier from 0 to " + ModelCard.TIERS, v -> inRange(v, 0, ModelCard.TIERS)),
        OPERATING_POINT("empty, tier:N, a background efficiency (1e-3), a cross section (1pb) or a rate (20Hz)",
                v -> v.isBlank() || parses(v)),
        FRACTION("a number from 0 to 1", v -> {
            try {
                double x = Double.parseDouble(v);
                return x >= 0.0 && x <= 1.0;
            } catch (NumberFormatException e) {
                return false;
            }
        }),
        GUARANTEE("exactly_once_v2 or at_least_once",
                v -> v.equals("exactly_once_v2") || v.equals("at_least_once")),
        /** Checked, with its own message, by the component that reads it (not by {@link TriggerConfig}). */
        CHECKED_BY_READER("any value", v -> true);

        private final String expectation;
        private final Predicate<String> test;

        Kind(String expectation, Predicate<String> test) {
            this.expectation = expectation;
            this.test = test;
        }

        boolean accepts(String value) {
            return test.test(value.trim());
        }

        private static boolean parses(String v) {
            try {
                OperatingPoint.parse(v);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private static boolean inRange(String v, long min, long max) {
            try {
                long x = Long.parseLong(v);
                return x >= min && x <= max;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
