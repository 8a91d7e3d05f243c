package org.adtrigger.streams.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.adtrigger.probe.PrometheusText;
import org.adtrigger.probe.RunCommandLine;

/**
 * {@code adtrigger run} in a child JVM against a test's broker, as an operator starts it, with the
 * production logging configuration; its stderr goes to a file the failure messages quote. The HTTP
 * endpoints listen on a port picked up front, so a test can wait for /readyz and scrape /metrics.
 */
public final class AppProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path stderr;

    private AppProcess(Process process, int port, Path stderr) {
        this.process = process;
        this.port = port;
        this.stderr = stderr;
    }

    /**
     * Starts {@code run --model model --bootstrap bootstrap --http-port <free>} plus {@code settings}
     * (each passed as {@code --set key=value}); the log goes to {@code stderr}.
     */
    public static AppProcess start(Path model, String bootstrap, Path stderr, String... settings) {
        return start(List.of(), model, bootstrap, stderr, settings);
    }

    /** As {@link #start(Path, String, Path, String...)}, with further JVM options such as {@code -Xmx256m}. */
    public static AppProcess start(List<String> jvmOptions, Path model, String bootstrap, Path stderr, String... settings) {
        int port = FreePort.pick();
        Map<String, String> keys = new LinkedHashMap<>();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            keys.put(setting.substring(0, eq), setting.substring(eq + 1));
        }
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-Dlog4j2.configurationFile=log4j2.xml");
        List<String> command = RunCommandLine.of(options, model, bootstrap, port, keys);
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(stderr.toFile())
                    .start();
            return new AppProcess(process, port, stderr);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the app", e);
        }
    }

    /** Waits until /readyz answers 200 (Kafka Streams RUNNING); fails with the log if the app exits or stalls. */
    public AppProcess awaitReady(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("app exited with " + process.exitValue() + ": " + log());
            }
            try {
                if (get("/readyz").statusCode() == 200) {
                    return this;
                }
            } catch (IOException notListeningYet) {
                // the model loads before the HTTP server starts
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not ready within " + patience + ": " + log());
    }

    /** The app's process id (for its resident memory). */
    public long pid() {
        return process.pid();
    }

    /** The loopback port of /metrics, /healthz and /readyz. */
    public int port() {
        return port;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of an unlabelled Prometheus sample such as {@code adtrigger_events_scored_total}, 0 if absent. */
    public double metric(String series) throws IOException, InterruptedException {
        return PrometheusText.parse(get("/metrics").body()).valueOf(series);
    }

    /**
     * Waits until the app has scored at least {@code events} events (its {@code adtrigger_events_scored_total}).
     *
     * @throws AssertionError with the log when it has not within {@code patience}
     */
    public void awaitScored(double events, Duration patience) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (metric("adtrigger_events_scored_total") < events) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + events + " events scored within " + patience + " ("
                        + metric("adtrigger_events_received_total") + " received): " + log());
            }
            Thread.sleep(100);
        }
    }

    /** SIGKILL: no shutdown hook runs, no transaction is committed or aborted, no group is left. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("app did not die of SIGKILL within 30 s");
        }
    }

    /** SIGTERM, then waits for the exit code. */
    public int terminate(Duration patience) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("app did not exit within " + patience + " of SIGTERM: " + log());
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String log() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
