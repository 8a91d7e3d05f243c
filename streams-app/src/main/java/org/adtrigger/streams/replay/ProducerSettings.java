package org.adtrigger.streams.replay;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Producer configuration of a replay. The defaults favour throughput without giving up delivery
 * guarantees: acks=all with idempotence (no loss, no duplicates on retry, per-partition order kept),
 * 5 ms linger and 256 KiB batches so a partition's records travel in few requests, and lz4, which
 * compresses the repetitive Avro bodies cheaply on the sending thread's budget.
 */
public final class ProducerSettings {
    private ProducerSettings() {
    }

    public static Properties of(String bootstrapServers, Map<String, String> overrides) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(64L * 1024 * 1024));
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "adtrigger-replay");
        p.putAll(overrides);
        return p;
    }
}
