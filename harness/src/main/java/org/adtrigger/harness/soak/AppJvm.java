package org.adtrigger.harness.soak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.adtrigger.probe.RunCommandLine;
import org.adtrigger.probe.PrometheusText;

/**
 * {@code adtrigger run} in a JVM of its own, as an operator starts it against a given broker, so that its
 * resident memory is the app's alone (not the broker's or the load generator's). Its output goes to a log
 * file; /readyz and /metrics are read over HTTP.
 */
public final class AppJvm implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path log;
    /** Stops the app when this JVM is stopped (SIGTERM, Ctrl-C) before {@link #close()}, so it is not left running. */
    private final Thread orphanGuard;

    private AppJvm(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.orphanGuard = new Thread(process::destroy, "adtrigger-soak-app-stop");
    }

    /**
     * Starts the app with this JVM's Java and class path.
     *
     * @param jvmOptions e.g. {@code -Xmx1g}
     * @param settings   configuration keys, each passed as {@code --set key=value}
     */
    static AppJvm start(List<String> jvmOptions, Path model, String bootstrap, Map<String, String> settings, Path log) {
        int httpPort = freePort();
        List<String> command = RunCommandLine.of(jvmOptions, model, bootstrap, httpPort, settings);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            AppJvm app = new AppJvm(process, httpPort, log);
            Runtime.getRuntime().addShutdownHook(app.orphanGuard);
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the app JVM (" + command.get(0) + ")", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port for the app's HTTP endpoints", e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** Waits for /readyz 200 (Kafka Streams RUNNING). */
    void awaitReady(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            requireAlive();
            try {
                if (get("/readyz").statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the model loads before the HTTP server starts
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the app was not ready within " + patience + "; see " + log);
    }

    /** The app's /metrics now. */
    PrometheusText scrape() throws IOException, InterruptedException {
        requireAlive();
        return PrometheusText.parse(get("/metrics").body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void requireAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the app exited with code " + process.exitValue() + "; see " + log);
        }
    }

    /** SIGTERM, as an operator stops it; SIGKILL if it has not exited within a minute. */
    @Override
    public void close() throws InterruptedException {
        try {
            Runtime.getRuntime().removeShutdownHook(orphanGuard);
        } catch (IllegalStateException shuttingDown) {
            // the hook is stopping the app already
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
