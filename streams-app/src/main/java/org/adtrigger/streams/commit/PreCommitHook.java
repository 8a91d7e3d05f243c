package org.adtrigger.streams.commit;

import java.util.Map;

import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.internals.CacheFlushListener;
import org.apache.kafka.streams.state.internals.CachedStateStore;

/**
 * A state store that holds nothing: its only job is to run its processor's action when the task is about
 * to commit, before the commit takes the task's input offsets and ends the transaction.
 *
 * <h2>Why a store</h2>
 * Kafka Streams gives processors no commit callback. It does flush the caches of every
 * {@link CachedStateStore} at the start of {@code StreamTask.prepareCommit} — before it flushes the record
 * collector and reads the offsets to commit — because a cache flush may forward records (that is how the
 * DSL's cached KTables emit). This store is such a cache; its "flush" is the processor's action. Kafka
 * Streams 4.3 calls it on every commit of a task that processed records: the periodic commit, the commit
 * before a rebalance or a clean shutdown, and (to no effect) before a dirty close, whose transaction is
 * aborted. {@code CachedStateStore} is an internal interface: the version is pinned in the parent pom, and
 * {@code KillMidStreamIT} and {@code InstanceFailoverIT} fail if a new version stops calling it.
 *
 * <p>The store is not logged and not persistent: there is nothing to restore.
 */
public final class PreCommitHook implements StateStore, CachedStateStore<Object, Object> {
    private final String name;
    private Runnable action = () -> { };
    private boolean open;

    private PreCommitHook(String name) {
        this.name = name;
    }

    /** A builder for a hook named {@code name}; add it to the processor that registers the action. */
    public static StoreBuilder<PreCommitHook> builder(String name) {
        return new Builder(name);
    }

    /** Runs {@code action} at every pre-commit of the task; the latest action replaces earlier ones. */
    public void onPreCommit(Runnable action) {
        this.action = action;
    }

    @Override
    public void flushCache() {
        action.run();
    }

    @Override
    public boolean setFlushListener(CacheFlushListener<Object, Object> listener, boolean sendOldValues) {
        return false;
    }

    @Override
    public void clearCache() {
        // nothing is cached
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        context.register(root, (key, value) -> {
            throw new IllegalStateException("store " + name + " has no changelog to restore");
        });
        open = true;
    }

    @Override
    public void close() {
        open = false;
        action = () -> { };
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    private record Builder(String name) implements StoreBuilder<PreCommitHook> {
        @Override
        public StoreBuilder<PreCommitHook> withCachingEnabled() {
            return this;
        }

        @Override
        public StoreBuilder<PreCommitHook> withCachingDisabled() {
            return this;
        }

        @Override
        public StoreBuilder<PreCommitHook> withLoggingEnabled(Map<String, String> config) {
            throw new UnsupportedOperationException("store " + name + " holds nothing to log");
        }

        @Override
        public StoreBuilder<PreCommitHook> withLoggingDisabled() {
            return this;
        }

        @Override
        public PreCommitHook build() {
            return new PreCommitHook(name);
        }

        @Override
        public Map<String, String> logConfig() {
            return Map.of();
        }

        @Override
        public boolean loggingEnabled() {
            return false;
        }
    }
}
