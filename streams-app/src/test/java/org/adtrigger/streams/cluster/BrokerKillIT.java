package org.adtrigger.streams.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.adtrigger.schema.Event;
import org.adtrigger.testsupport.onnx.TestModelFiles;
import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.streams.testing.GeneratedEvents;
import org.adtrigger.streams.testsupport.AppProcess;
import org.adtrigger.streams.testsupport.ChunkFeeder;
import org.adtrigger.streams.testsupport.ExactlyOnceOutputs;
import org.adtrigger.streams.testsupport.KafkaCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three brokers, replication factor 3 and min.insync.replicas 2 for every topic the app uses (inputs,
 * outputs, changelogs, repartition topics): the broker leading the input's first partition dies while
 * events flow and comes back 10 s later; half-way through, the app (a child JVM) is SIGKILLed and started
 * again on its state. Under exactly_once_v2 a read_committed reader must find every event once and every
 * window summary exact, and the app RUNNING.
 */
class BrokerKillIT {
    private static final int PARTITIONS = 6;
    private static final int EVENTS = 24_000;
    private static final int CHUNK = 200;
    /** 120 chunks, one every 500 ms: input arrives for 60 s, across the broker's death and return. */
    private static final long CHUNK_PERIOD_MS = 500;
    private static final long WINDOW_MS = 10_000;
    private static final long BROKER_DOWN_MS = 10_000;

    @TempDir
    Path dir;

    @Test
    void aDeadBrokerAndAnAppKilledInItsAbsenceLoseAndDuplicateNothing() throws Exception {
        List<Event> inputs = GeneratedEvents.generate(EVENTS, 11L);
        Set<Long> selected = GeneratedEvents.selectedNumbers(inputs, TestModelFiles.SELECTION);
        Path model = TestModelFiles.selective(dir);
        try (KafkaCluster cluster = KafkaCluster.start()) {
            Properties topics = new Properties();
            topics.setProperty(ConfigKey.TOPIC_PARTITIONS.key(), Integer.toString(PARTITIONS));
            cluster.createTopics(TriggerConfig.from(topics).topicsToCreate());
            String bootstrap = cluster.bootstrapServers();
            try (ChunkFeeder feeder = feedWhenReady(model, bootstrap, inputs);
                 AppProcess revived = riseAfterBrokerAndAppDeaths(cluster, model, feeder)) {
                int windows = ExactlyOnceOutputs.assertExact(bootstrap, selected, 1, WINDOW_MS,
                        Duration.ofSeconds(180), revived.log()).windows();
                assertThat(feeder.sent()).isEqualTo(EVENTS);
                System.out.printf("BrokerKillIT: %d selected events once, %d (window, key) summaries exact%n",
                        selected.size(), windows);
                assertThat(revived.isAlive()).as(revived.log()).isTrue();
                assertThat(revived.get("/readyz").statusCode()).as("RUNNING").isEqualTo(200);
                assertEveryTopicReplicated(cluster);
            }
        }
    }

    /** The app before its SIGKILL; closed here should the test fail before that. */
    private AppProcess first;

    @AfterEach
    void stopFirst() {
        if (first != null) {
            first.close();
        }
    }

    private ChunkFeeder feedWhenReady(Path model, String bootstrap, List<Event> inputs) throws Exception {
        first = start(model, bootstrap, "first");
        first.awaitReady(Duration.ofSeconds(90));
        ChunkFeeder feeder = new ChunkFeeder(bootstrap, inputs, CHUNK, CHUNK_PERIOD_MS);
        first.awaitScored(200, Duration.ofSeconds(60));
        return feeder;
    }

    /**
     * The broker leading the input's first partition dies; while it is away the app is SIGKILLed too (a
     * broker failure alone made no duplicates even under at_least_once: the idempotent producer retries and
     * no task moves) and started again on the same state; then the broker returns.
     */
    private AppProcess riseAfterBrokerAndAppDeaths(KafkaCluster cluster, Path model, ChunkFeeder feeder)
            throws Exception {
        int victim = cluster.leaderOf(GeneratedEvents.TOPIC);
        cluster.stopBroker(victim);
        int sentAtStop = feeder.sent();
        System.out.printf("BrokerKillIT: broker %d stopped with %d of %d events sent%n", victim, sentAtStop, EVENTS);
        assertThat(sentAtStop).as("input still arriving when the broker died").isLessThan(EVENTS);
        Thread.sleep(BROKER_DOWN_MS / 2);
        first.kill();
        AppProcess revived = start(model, cluster.bootstrapServers(), "revived");
        Thread.sleep(BROKER_DOWN_MS / 2);
        cluster.startBroker(victim);
        return revived.awaitReady(Duration.ofSeconds(120));
    }

    private AppProcess start(Path model, String bootstrap, String name) {
        return AppProcess.start(model, bootstrap, dir.resolve("app-" + name + ".log"),
                "application.id=broker-kill-it", "state.dir=" + dir.resolve("state"),
                "processing.guarantee=exactly_once_v2", "topic.partitions=" + PARTITIONS,
                "window.size.ms=" + WINDOW_MS, "window.idle.close.ms=20000");
    }

    /** Inputs, outputs and the app's own changelog and repartition topics: 3 replicas, 2 in sync required. */
    private static void assertEveryTopicReplicated(KafkaCluster cluster) throws Exception {
        List<String> names = cluster.topicNames();
        assertThat(names).anyMatch(name -> name.endsWith("-changelog")).anyMatch(name -> name.endsWith("-repartition"));
        Map<String, String> replication = cluster.replicationOf(names);
        // Literal, not the cluster's constants: a stopped broker keeps its log, so with one replica the
        // outputs stay exact (checked once) and only this check notices that a lost disk would lose data.
        assertThat(replication).allSatisfy((topic, setting) -> assertThat(setting).as(topic)
                .isEqualTo("replicas=3 min.insync.replicas=2"));
    }
}
