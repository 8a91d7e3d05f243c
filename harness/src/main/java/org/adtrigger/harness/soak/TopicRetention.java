package org.adtrigger.harness.soak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/** Time-based retention on topics, so a long run at a high rate does not fill the broker's disk. */
final class TopicRetention {
    /** Small segments: retention deletes whole segments only, and the active one never. */
    private static final int SEGMENT_BYTES = 64 * 1024 * 1024;

    private TopicRetention() {
    }

    static void limit(String bootstrap, Collection<String> topics, Duration retention) throws Exception {
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new LinkedHashMap<>();
        for (String topic : topics) {
            List<AlterConfigOp> ops = new ArrayList<>();
            ops.add(set(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis())));
            ops.add(set(TopicConfig.SEGMENT_BYTES_CONFIG, Integer.toString(SEGMENT_BYTES)));
            changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), ops);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static AlterConfigOp set(String key, String value) {
        return new AlterConfigOp(new ConfigEntry(key, value), AlterConfigOp.OpType.SET);
    }
}
