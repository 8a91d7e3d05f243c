package org.adtrigger.streams.cli;

import java.util.List;
import java.util.function.Consumer;

import org.adtrigger.streams.window.WindowListener;

/**
 * Work that {@link TriggerRunner} runs in the same process beside the stream (the demo's replay and live
 * table), so that {@code run} and {@code demo} share one start-up and shutdown sequence.
 */
interface Companion {
    /** Told of every final window summary, besides the app's own gauges. */
    List<WindowListener> windowListeners();

    /** Names the companion in the shutdown log. */
    String name();

    /**
     * Called once Kafka Streams is RUNNING, so that what the companion sends is not left waiting behind
     * the first rebalance (a backlog read partition by partition arrives late for its windows).
     *
     * @return what to stop at shutdown, before Kafka Streams
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
