package org.adtrigger.streams.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 *
 * <h2>Slow and stalled clients</h2>
 * The JDK server reads a request's line and headers on an executor thread, blocking: a client that sends half
 * a request holds that thread until it sends the rest. With one thread (as before) one such client blocked
 * every probe. So:
 * <ul>
 *   <li>requests run on a pool of {@value #THREADS} threads, so probes are answered at once while fewer clients
 *       than that stall; at most {@value #QUEUED} more connections wait for a thread, further ones are closed
 *       (the JDK server closes a connection its executor refuses);</li>
 *   <li>the JDK server's own limits, set as system properties unless already given on the command line:
 *       a request must be read within {@value #MAX_REQUEST_SECONDS} s ({@code sun.net.httpserver.maxReqTime},
 *       a timer then closes the connection and frees its thread), headers are capped at
 *       {@value #MAX_HEADERS} and {@value #MAX_HEADER_BYTES} bytes, and at most {@value #MAX_IDLE} idle
 *       keep-alive connections are kept, each for {@value #IDLE_SECONDS} s.</li>
 * </ul>
 * So probes answer within a second whatever fewer than {@value #THREADS} clients do, and within
 * {@value #MAX_REQUEST_SECONDS} s plus a timer tick whatever any number do. The JDK reads these properties once,
 * when its first HTTP server starts in the JVM: {@link #start} sets them before that, and a server started
 * earlier by other code keeps the values it started with.
 */
public final class OpsHttpServer implements AutoCloseable {
    /** Request threads: each connection whose request is being read or answered holds one. */
    static final int THREADS = 32;
    /** Connections that may wait for a free thread; beyond, new connections are closed. */
    static final int QUEUED = 256;
    /** Longest time to read a request ({@code sun.net.httpserver.maxReqTime}, seconds). */
    static final int MAX_REQUEST_SECONDS = 5;
    /** Longest time a keep-alive connection may stay idle ({@code sun.net.httpserver.idleInterval}, seconds). */
    static final int IDLE_SECONDS = 30;
    /** Idle keep-alive connections kept at most ({@code sun.net.httpserver.maxIdleConnections}). */
    static final int MAX_IDLE = 16;
    /** Request headers accepted at most ({@code sun.net.httpserver.maxReqHeaders}). */
    static final int MAX_HEADERS = 64;
    /** Bytes of request headers accepted at most ({@code sun.net.httpserver.maxReqHeaderSize}). */
    static final int MAX_HEADER_BYTES = 16 * 1024;

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
        boundJdkServer();
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
        // Daemon threads never hold the JVM open; idle ones end after a minute.
        AtomicInteger threads = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED), task -> {
                    Thread thread = new Thread(task, "adtrigger-http-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        server.setExecutor(executor);
        server.start();
        OpsHttpServer ops = new OpsHttpServer(server, executor);
        LOG.info("HTTP endpoints /metrics /healthz /readyz at http://{}:{}", settings.address(), ops.port());
        return ops;
    }

    /** Sets the JDK server's limits (see the class comment) unless the command line set them. */
    private static void boundJdkServer() {
        limit("sun.net.httpserver.maxReqTime", MAX_REQUEST_SECONDS);
        limit("sun.net.httpserver.idleInterval", IDLE_SECONDS);
        limit("sun.net.httpserver.maxIdleConnections", MAX_IDLE);
        limit("sun.net.httpserver.maxReqHeaders", MAX_HEADERS);
        limit("sun.net.httpserver.maxReqHeaderSize", MAX_HEADER_BYTES);
    }

    private static void limit(String property, int value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, Integer.toString(value));
        }
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
