package org.adtrigger.streams.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refuses configuration keys that nothing reads, naming the key, where it came from and the nearest known
 * key. Our own keys are the given set; {@value ConfigKey#KAFKA_PREFIX}{@code *} keys must name a setting
 * of Kafka Streams or its clients ({@link KafkaKeys}).
 */
public final class KeyCheck {
    private final Set<String> known;

    /** @param known every key the app reads besides the {@value ConfigKey#KAFKA_PREFIX}{@code *} pass-through */
    public KeyCheck(Collection<String> known) {
        this.known = new TreeSet<>(known);
    }

    /**
     * @param source where the keys come from, for the message ("--set", "config file app.properties")
     * @throws UnknownKeyException naming the first unknown key, its source and the nearest known key
     */
    public void check(Collection<String> keys, String source) {
        for (String key : keys) {
            problem(key).ifPresent(problem -> {
                throw new UnknownKeyException(problem + " (" + source + ")");
            });
        }
    }

    /** What is wrong with one key, or empty when it is known. */
    Optional<String> problem(String key) {
        if (known.contains(key)) {
            return Optional.empty();
        }
        if (key.startsWith(ConfigKey.KAFKA_PREFIX)) {
            String kafkaName = key.substring(ConfigKey.KAFKA_PREFIX.length());
            if (KafkaKeys.isKnown(kafkaName)) {
                return Optional.empty();
            }
            return Optional.of("unknown Kafka setting '" + key + "': Kafka Streams and its clients define no '"
                    + kafkaName + "'" + KafkaKeys.nearest(kafkaName).map(n -> "; did you mean "
                    + ConfigKey.KAFKA_PREFIX + n + "?").orElse(""));
        }
        Optional<String> hint = NearestName.of(key, known);
        if (hint.isEmpty() && KafkaKeys.isKnown(key)) {
            hint = Optional.of(ConfigKey.KAFKA_PREFIX + key);
        }
        return Optional.of("unknown configuration key '" + key + "'"
                + hint.map(h -> "; did you mean " + h + "?").orElse("; docs/configuration.md lists the keys"));
    }

    /** The keys of {@link ConfigKey}: every key the streaming commands read. */
    public static List<String> allKeys() {
        List<String> keys = new ArrayList<>();
        for (ConfigKey key : ConfigKey.values()) {
            keys.add(key.key());
        }
        return keys;
    }
}
