package org.adtrigger.streams.config;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The settings Kafka Streams accepts, from Kafka's own definitions rather than a copied list: Streams'
 * config definition, the producer, consumer and admin client settings (which Streams passes to its
 * clients), and those same settings under the prefixes that aim them at one client or at the internal
 * topics ({@code producer.}, {@code consumer.}, {@code main.consumer.}, {@code restore.consumer.},
 * {@code global.consumer.}, {@code admin.}, {@code topic.}).
 */
public final class KafkaKeys {
    private static final Set<String> UNPREFIXED = unprefixed();
    private static final Map<String, Set<String>> BY_PREFIX = byPrefix();

    private KafkaKeys() {
    }

    /** Whether Kafka Streams or one of its clients defines {@code name} (without our {@code kafka.} prefix). */
    public static boolean isKnown(String name) {
        if (UNPREFIXED.contains(name)) {
            return true;
        }
        for (Map.Entry<String, Set<String>> prefixed : BY_PREFIX.entrySet()) {
            if (name.startsWith(prefixed.getKey())
                    && prefixed.getValue().contains(name.substring(prefixed.getKey().length()))) {
                return true;
            }
        }
        return false;
    }

    /** Every unprefixed name, for suggestions (the prefixed forms are these behind a prefix). */
    public static Set<String> names() {
        return UNPREFIXED;
    }

    /** The nearest known name to a misspelt one, keeping its client prefix when it has a valid one. */
    public static java.util.Optional<String> nearest(String name) {
        for (Map.Entry<String, Set<String>> prefixed : BY_PREFIX.entrySet()) {
            if (name.startsWith(prefixed.getKey())) {
                return NearestName.of(name.substring(prefixed.getKey().length()), prefixed.getValue())
                        .map(n -> prefixed.getKey() + n);
            }
        }
        return NearestName.of(name, UNPREFIXED);
    }

    private static Set<String> unprefixed() {
        Set<String> names = new TreeSet<>(StreamsConfig.configDef().names());
        names.addAll(ProducerConfig.configNames());
        names.addAll(ConsumerConfig.configNames());
        names.addAll(AdminClientConfig.configNames());
        return names;
    }

    private static Map<String, Set<String>> byPrefix() {
        Map<String, Set<String>> prefixes = new LinkedHashMap<>();
        // Longest first, so main.consumer. is not taken for consumer.
        prefixes.put(StreamsConfig.MAIN_CONSUMER_PREFIX, ConsumerConfig.configNames());
        prefixes.put(StreamsConfig.RESTORE_CONSUMER_PREFIX, ConsumerConfig.configNames());
        prefixes.put(StreamsConfig.GLOBAL_CONSUMER_PREFIX, ConsumerConfig.configNames());
        prefixes.put(StreamsConfig.CONSUMER_PREFIX, ConsumerConfig.configNames());
        prefixes.put(StreamsConfig.PRODUCER_PREFIX, ProducerConfig.configNames());
        prefixes.put(StreamsConfig.ADMIN_CLIENT_PREFIX, AdminClientConfig.configNames());
        prefixes.put(StreamsConfig.TOPIC_PREFIX, topicConfigNames());
        return prefixes;
    }

    /** TopicConfig has no list of its names, only one {@code *_CONFIG} constant per setting. */
    private static Set<String> topicConfigNames() {
        Set<String> names = new TreeSet<>();
        for (Field field : TopicConfig.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getName().endsWith("_CONFIG")
                    && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("public constant " + field + " cannot be read", e);
                }
            }
        }
        return names;
    }
}
