package org.adtrigger.streams.replay;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Settings of a {@link Replay}; see {@link Replay#builder()}. Only the archives and the brokers are required. */
public final class ReplayBuilder {
    /** The rate when none is set, of the order of an LHC experiment's trigger output rate. */
    public static final double DEFAULT_RATE = 20_000;

    final List<Path> archives = new ArrayList<>();
    final List<Injection> injections = new ArrayList<>();
    final Map<String, String> producerOverrides = new LinkedHashMap<>();
    String topic = "events";
    String bootstrapServers;
    double rate = DEFAULT_RATE;
    boolean loop;
    boolean asData;
    RecordTimestamps timestamps = RecordTimestamps.wallClock();
    long seed = 1;
    long maxEvents = -1;
    Duration duration;
    ReplayListener listener = ReplayListener.NONE;
    NanoClock clock = NanoClock.SYSTEM;
    Function<Properties, Producer<byte[], byte[]>> producerFactory =
            p -> new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());

    ReplayBuilder() {
    }

    /** Background archives, replayed in this order. */
    public ReplayBuilder archives(List<Path> files) {
        archives.addAll(files);
        return this;
    }

    public ReplayBuilder topic(String name) {
        topic = Objects.requireNonNull(name, "topic");
        return this;
    }

    public ReplayBuilder bootstrapServers(String servers) {
        bootstrapServers = Objects.requireNonNull(servers, "bootstrap servers");
        return this;
    }

    /** Target events per second; 0 sends as fast as the producer accepts. */
    public ReplayBuilder rate(double eventsPerSecond) {
        if (!(eventsPerSecond >= 0) || Double.isInfinite(eventsPerSecond)) {
            throw new IllegalArgumentException("rate must be a finite number >= 0, got " + eventsPerSecond);
        }
        rate = eventsPerSecond;
        return this;
    }

    /** Start the background archives over at their end, until a limit or a stop request. */
    public ReplayBuilder loop(boolean on) {
        loop = on;
        return this;
    }

    /**
     * Send every event as recorded data — isData true, label UNKNOWN, weight 1, sample name kept — so the
     * stream counts it unweighted against the model card's expected background, as it would real data
     * (the demo; background archives should then be generated with {@code --mix sigma}).
     */
    public ReplayBuilder asData(boolean on) {
        asData = on;
        return this;
    }

    /** How records are timestamped; by default the wall clock at send. */
    public ReplayBuilder timestamps(RecordTimestamps policy) {
        timestamps = Objects.requireNonNull(policy, "timestamps");
        return this;
    }

    public ReplayBuilder inject(Injection injection) {
        injections.add(Objects.requireNonNull(injection, "injection"));
        return this;
    }

    /** Seed of the injection draws (default 1). */
    public ReplayBuilder seed(long value) {
        seed = value;
        return this;
    }

    /** Stop after this many events. */
    public ReplayBuilder maxEvents(long events) {
        if (events < 1) {
            throw new IllegalArgumentException("max events must be positive, got " + events);
        }
        maxEvents = events;
        return this;
    }

    /** Stop sending once this much time has passed since the start. */
    public ReplayBuilder duration(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("duration must be positive, got " + limit);
        }
        duration = limit;
        return this;
    }

    /** Overrides one producer setting (see {@link ProducerSettings} for the defaults). */
    public ReplayBuilder producerProperty(String key, String value) {
        producerOverrides.put(key, value);
        return this;
    }

    public ReplayBuilder listener(ReplayListener value) {
        listener = Objects.requireNonNull(value, "listener");
        return this;
    }

    ReplayBuilder clock(NanoClock value) {
        clock = value;
        return this;
    }

    ReplayBuilder producerFactory(Function<Properties, Producer<byte[], byte[]>> factory) {
        producerFactory = factory;
        return this;
    }

    /** @throws IllegalArgumentException when no archive or no brokers were given */
    public Replay build() {
        if (archives.isEmpty()) {
            throw new IllegalArgumentException("no archive to replay");
        }
        if (bootstrapServers == null) {
            throw new IllegalArgumentException("no bootstrap servers");
        }
        return new Replay(this);
    }
}
