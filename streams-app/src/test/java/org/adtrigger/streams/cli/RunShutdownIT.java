package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.adtrigger.streams.onnx.TestModelFiles;
import org.adtrigger.streams.testsupport.FreePort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} as its own process, as an operator starts it: it becomes ready, serves its endpoints and
 * shuts down step by step on SIGTERM.
 */
class RunShutdownIT {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dir;

    @Test
    void servesUntilSigtermThenStopsGracefully() throws Exception {
        int port = FreePort.pick();
        Path stderr = dir.resolve("stderr.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        // The production logging configuration, not the tests': its shutdown behaviour is under test too.
        Process app = new ProcessBuilder(List.of(java, "-Dlog4j2.configurationFile=log4j2.xml",
                "-cp", System.getProperty("java.class.path"),
                TestStreamsMain.class.getName(), "run", "--model", TestModelFiles.servable(dir).toString(),
                "--http-port", Integer.toString(port)))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile())
                .start();
        try {
            awaitReady(port, app, stderr);
            assertThat(get(port, "/healthz").statusCode()).isEqualTo(200);
            String metrics = get(port, "/metrics").body();
            assertThat(metrics)
                    .contains("adtrigger_scorer_info{device=\"cpu\",layout=\"T1N2\",model=\"test-T1N2\"} 1")
                    .contains("kafka_stream_thread_")
                    .contains("jvm_gc_");

            app.destroy();
            assertThat(app.waitFor(90, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
            assertThat(app.exitValue()).isEqualTo(143);
            assertThat(Files.readString(stderr)).contains(
                    "Shutdown requested", "Stopped Kafka Streams", "Stopped HTTP server", "Stopped embedded Kafka broker",
                    "Stopped ONNX model");
        } finally {
            app.destroyForcibly();
        }
    }

    private void awaitReady(int port, Process app, Path stderr) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("app exited with " + app.exitValue() + ": " + Files.readString(stderr));
            }
            try {
                if (get(port, "/readyz").statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the model and broker start before the HTTP server
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within 120 s: " + Files.readString(stderr));
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
