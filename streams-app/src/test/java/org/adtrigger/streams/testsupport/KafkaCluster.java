package org.adtrigger.streams.testsupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A replicated KRaft cluster in this JVM from Kafka's own test kit: one controller and three brokers,
 * replication factor 3 and {@code min.insync.replicas} 2 for every topic, the internal offsets and
 * transaction logs included. Brokers stop and start one at a time.
 *
 * <p>A stopped broker skips the controlled shutdown ({@code controlled.shutdown.enable=false}): it does not
 * hand its partition leaderships over first, so the cluster sees what it sees when a broker dies — leaders
 * gone until the controller fences the broker and elects new ones from the in-sync replicas.
 */
public final class KafkaCluster implements AutoCloseable {
    public static final int BROKERS = 3;
    public static final short REPLICATION = 3;
    public static final int MIN_IN_SYNC = 2;

    private final KafkaClusterTestKit kit;

    private KafkaCluster(KafkaClusterTestKit kit) {
        this.kit = kit;
    }

    /** Formats and starts the cluster and waits until every broker is ready. */
    public static KafkaCluster start() throws Exception {
        TestKitNodes nodes = new TestKitNodes.Builder()
                .setCombined(false)
                .setNumControllerNodes(1)
                .setNumBrokerNodes(BROKERS)
                .build();
        KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("default.replication.factor", Short.toString(REPLICATION))
                .setConfigProp("min.insync.replicas", Integer.toString(MIN_IN_SYNC))
                .setConfigProp("offsets.topic.replication.factor", Short.toString(REPLICATION))
                .setConfigProp("offsets.topic.num.partitions", "4")
                .setConfigProp("transaction.state.log.replication.factor", Short.toString(REPLICATION))
                .setConfigProp("transaction.state.log.min.isr", Integer.toString(MIN_IN_SYNC))
                .setConfigProp("transaction.state.log.num.partitions", "4")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("auto.create.topics.enable", "false")
                .setConfigProp("controlled.shutdown.enable", "false")
                // the controller fences a silent broker after this long
                .setConfigProp("broker.session.timeout.ms", "6000")
                .setConfigProp("broker.heartbeat.interval.ms", "1000")
                .build();
        try {
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            return new KafkaCluster(kit);
        } catch (Exception e) {
            kit.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return kit.bootstrapServers();
    }

    /** Creates the topics (name → partition count) with replication factor 3. */
    public void createTopics(Map<String, Integer> partitionsByTopic) throws Exception {
        List<NewTopic> topics = new ArrayList<>();
        partitionsByTopic.forEach((name, partitions) -> topics.add(new NewTopic(name, partitions, REPLICATION)));
        try (Admin admin = kit.admin()) {
            admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
        }
    }

    /** The broker leading partition 0 of {@code topic}. */
    public int leaderOf(String topic) throws Exception {
        try (Admin admin = kit.admin()) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(topic);
            return description.partitions().get(0).leader().id();
        }
    }

    /** Each topic's replication factor and effective {@code min.insync.replicas}. */
    public Map<String, String> replicationOf(Collection<String> topicNames) throws Exception {
        Map<String, String> result = new HashMap<>();
        try (Admin admin = kit.admin()) {
            Map<String, TopicDescription> descriptions = admin.describeTopics(topicNames).allTopicNames()
                    .get(30, TimeUnit.SECONDS);
            List<ConfigResource> resources = topicNames.stream()
                    .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
            for (String name : topicNames) {
                int replicas = descriptions.get(name).partitions().get(0).replicas().size();
                String minInSync = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name))
                        .get("min.insync.replicas").value();
                result.put(name, "replicas=" + replicas + " min.insync.replicas=" + minInSync);
            }
        }
        return result;
    }

    /** Every topic in the cluster, internal ones of the app included, Kafka's own excluded. */
    public List<String> topicNames() throws Exception {
        try (Admin admin = kit.admin()) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(name -> !name.startsWith("__")).sorted().toList();
        }
    }

    /** Stops one broker without controlled shutdown. */
    public void stopBroker(int id) {
        broker(id).shutdown();
        broker(id).awaitShutdown();
    }

    public void startBroker(int id) {
        broker(id).startup();
    }

    private BrokerServer broker(int id) {
        BrokerServer broker = kit.brokers().get(id);
        if (broker == null) {
            throw new IllegalArgumentException("no broker " + id + " in " + kit.brokers().keySet());
        }
        return broker;
    }

    @Override
    public void close() throws Exception {
        kit.close();
    }
}
