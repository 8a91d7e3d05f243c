package org.adtrigger.streams.cli;

import java.util.List;
import java.util.function.Consumer;

import org.adtrigger.streams.window.WindowListener;

/**
 * Work that {@link TriggerRunner} runs in the same process beside the stream (the demo's replay and live
 * table), so that {@code run} and {@code demo} share one start-up and shutdown sequence.
 */
interface Companion {
    /** A run with nothing beside the stream. */
    Companion NONE = new Companion() {
        @Override
        public String name() {
            return "nothing";
        }

        @Override
        public List<WindowListener> windowListeners() {
            return List.of();
        }

        @Override
        public AutoCloseable start(RunningStream stream) {
            return null;
        }
    };

    /** Told of every final window summary, besides the app's own gauges. */
    List<WindowListener> windowListeners();

    /** Names the companion in the shutdown log. */
    String name();

    /**
     * Called once Kafka Streams has been started.
     *
     * @return what to stop at shutdown, before Kafka Streams; null when nothing needs stopping
     */
    AutoCloseable start(RunningStream stream) throws Exception;

    /**
     * Where the started stream can be reached.
     *
     * @param bootstrapServers the brokers it reads from
     * @param eventsTopic      its input topic
     * @param httpBase         base URL of /metrics, /healthz, /readyz (e.g. {@code http://127.0.0.1:8080})
     * @param fail             ends the run with this one-line reason, from any thread
     */
    record RunningStream(String bootstrapServers, String eventsTopic, String httpBase, Consumer<String> fail) {
    }
}
