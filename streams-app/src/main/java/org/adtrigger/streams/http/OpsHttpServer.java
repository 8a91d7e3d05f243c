package org.adtrigger.streams.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoints: {@code GET /metrics} (Prometheus text format), {@code GET /healthz}
 * (liveness: 200 while the process serves) and {@code GET /readyz} (200 only while Kafka Streams is
 * RUNNING, else 503; the body names the state).
 */
public final class OpsHttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OpsHttpServer.class);
    /** The format {@link PrometheusMeterRegistry#scrape()} writes. */
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;

    private OpsHttpServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds and starts serving.
     *
     * @param streamsState the current Kafka Streams state, or null before the client exists
     * @throws UncheckedIOException when the address cannot be bound, naming it
     */
    public static OpsHttpServer start(HttpSettings settings, PrometheusMeterRegistry registry,
                                      Supplier<KafkaStreams.State> streamsState) {
        InetSocketAddress bind = new InetSocketAddress(settings.address(), settings.port());
        HttpServer server;
        try {
            server = HttpServer.create(bind, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the HTTP server to " + settings.address() + ":"
                    + settings.port() + ": " + e.getMessage(), e);
        }
        route(server, "/metrics", () -> new Response(200, PROMETHEUS_TEXT,
                registry.scrape().getBytes(StandardCharsets.UTF_8)));
        route(server, "/healthz", () -> Response.text(200, "ok"));
        route(server, "/readyz", () -> readiness(streamsState.get()));
        route(server, "/", () -> Response.text(404, "not found; endpoints: /metrics /healthz /readyz"));
        // One daemon thread: scrapes and probes are rare, and a daemon never holds the JVM open.
        ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "adtrigger-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        OpsHttpServer ops = new OpsHttpServer(server, executor);
        LOG.info("HTTP endpoints /metrics /healthz /readyz at http://{}:{}", settings.address(), ops.port());
        return ops;
    }

    /** The bound port (the chosen one when the settings asked for 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static Response readiness(KafkaStreams.State state) {
        String name = state == null ? "NOT_STARTED" : state.name();
        return Response.text(state == KafkaStreams.State.RUNNING ? 200 : 503, name);
    }

    private static void route(HttpServer server, String path, Supplier<Response> responder) {
        server.createContext(path, new ReadOnlyEndpoint(path, responder));
    }
}
