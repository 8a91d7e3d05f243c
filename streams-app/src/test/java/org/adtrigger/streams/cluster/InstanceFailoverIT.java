package org.adtrigger.streams.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.adtrigger.schema.Event;
import org.adtrigger.testsupport.onnx.TestModelFiles;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.streams.testing.GeneratedEvents;
import org.adtrigger.streams.testsupport.AppProcess;
import org.adtrigger.streams.testsupport.ChunkFeeder;
import org.adtrigger.streams.testsupport.ExactlyOnceOutputs;
import org.adtrigger.streams.testsupport.OutputArrivals;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Three application instances (child JVMs) share 12 partitions under exactly_once_v2; one is SIGKILLed
 * mid-stream. The other two take its partitions; every output is exactly once; and the time from the kill
 * until each partition's committed output resumes is measured, with {@code num.standby.replicas} 0 and 1.
 */
class InstanceFailoverIT {
    private static final int PARTITIONS = 12;
    private static final int INSTANCES = 3;
    private static final int EVENTS = 24_000;
    private static final int CHUNK = 200;
    /** 120 chunks, one every 500 ms: input arrives for 60 s, across the kill and the take-over. */
    private static final long CHUNK_PERIOD_MS = 500;
    private static final long WINDOW_MS = 10_000;
    /** A partition whose output resumed later than this after the kill counts as paused in the report. */
    private static final long PAUSED_MS = 2_000;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "num.standby.replicas={0}")
    @ValueSource(ints = {0, 1})
    void theOthersTakeOverAndEveryOutputCountsOnce(int standbys) throws Exception {
        List<Event> inputs = GeneratedEvents.generate(EVENTS, 13L);
        Set<Long> selected = GeneratedEvents.selectedNumbers(inputs, TestModelFiles.SELECTION);
        Path model = TestModelFiles.selective(dir);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            Properties topics = new Properties();
            topics.setProperty(ConfigKey.TOPIC_PARTITIONS.key(), Integer.toString(PARTITIONS));
            broker.createTopics(TriggerConfig.from(topics).topicsToCreate());
            String bootstrap = broker.bootstrapServers();
            List<AppProcess> apps = new ArrayList<>();
            try {
                for (int i = 0; i < INSTANCES; i++) {
                    apps.add(start(model, bootstrap, standbys, "standby" + standbys + "-" + i));
                }
                for (AppProcess app : apps) {
                    app.awaitReady(Duration.ofSeconds(90));
                }
                try (ChunkFeeder feeder = new ChunkFeeder(bootstrap, inputs, CHUNK, CHUNK_PERIOD_MS);
                     OutputArrivals arrivals = new OutputArrivals(bootstrap, "scored-events")) {
                    for (AppProcess app : apps) {
                        app.awaitScored(200, Duration.ofSeconds(90));
                    }
                    AppProcess victim = apps.get(INSTANCES - 1);
                    long killedAt = System.currentTimeMillis();
                    victim.kill();
                    assertThat(feeder.sent()).as("input still arriving at the kill").isLessThan(EVENTS);

                    ExactlyOnceOutputs.assertExact(bootstrap, selected, 1, WINDOW_MS, Duration.ofSeconds(180),
                            apps.get(0).log());
                    report(standbys, arrivals.resumedAfter(killedAt));
                }
                assertThat(apps.subList(0, INSTANCES - 1)).allMatch(AppProcess::isAlive);
            } finally {
                apps.forEach(AppProcess::close);
            }
        }
    }

    /**
     * Prints when each partition's output resumed. Not only the dead instance's partitions pause: the
     * rebalance that hands them over also holds the survivors' commits for a while, so every partition may
     * show a gap; the longest is the fail-over time an operator sees.
     */
    private static void report(int standbys, Map<Integer, Long> resumed) {
        assertThat(resumed).as("every partition produced after the kill").hasSize(PARTITIONS);
        List<Integer> paused = resumed.entrySet().stream().filter(e -> e.getValue() > PAUSED_MS).map(Map.Entry::getKey).toList();
        long recovery = resumed.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        System.out.printf("InstanceFailoverIT: num.standby.replicas=%d, kill to the last partition's first output %d ms;"
                + " paused over %d ms: %s (per partition, ms: %s)%n", standbys, recovery, PAUSED_MS, paused, resumed);
    }

    private AppProcess start(Path model, String bootstrap, int standbys, String name) {
        return AppProcess.start(model, bootstrap, dir.resolve("app-" + name + ".log"),
                "application.id=failover-it-" + standbys, "state.dir=" + dir.resolve("state-" + name),
                "processing.guarantee=exactly_once_v2", "topic.partitions=" + PARTITIONS,
                "window.size.ms=" + WINDOW_MS, "window.idle.close.ms=20000",
                "kafka.num.standby.replicas=" + standbys,
                // A killed member leaves no goodbye: let the group drop it in seconds, not the default 45 s.
                "kafka.consumer.session.timeout.ms=6000", "kafka.consumer.heartbeat.interval.ms=1000");
    }
}
