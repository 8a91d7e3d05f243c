package org.adtrigger.streams.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.adtrigger.streams.metrics.AppMetrics;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpsHttpServerTest {
    private final HttpClient client = HttpClient.newHttpClient();
    private final AtomicReference<KafkaStreams.State> state = new AtomicReference<>();
    private AppMetrics metrics;
    private OpsHttpServer server;

    @BeforeEach
    void start() {
        metrics = new AppMetrics();
        server = OpsHttpServer.start(new HttpSettings("127.0.0.1", 0), metrics.registry(), state::get);
    }

    @AfterEach
    void stop() {
        server.close();
        metrics.close();
    }

    @Test
    void listensOnAnEphemeralPort() {
        assertThat(server.port()).isPositive();
    }

    @Test
    void metricsServesPrometheusTextWithRegisteredCounters() throws Exception {
        metrics.registry().counter("adtrigger.test.events", "source", "unit-test").increment(3);
        HttpResponse<String> response = get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body())
                .contains("adtrigger_test_events_total{source=\"unit-test\"} 3.0")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void healthIsAlwaysOk() throws Exception {
        assertThat(get("/healthz").statusCode()).isEqualTo(200);
    }

    @Test
    void readyOnlyWhileStreamsIsRunning() throws Exception {
        HttpResponse<String> notStarted = get("/readyz");
        assertThat(notStarted.statusCode()).isEqualTo(503);
        assertThat(notStarted.body()).isEqualTo("NOT_STARTED\n");

        state.set(KafkaStreams.State.REBALANCING);
        HttpResponse<String> rebalancing = get("/readyz");
        assertThat(rebalancing.statusCode()).isEqualTo(503);
        assertThat(rebalancing.body()).isEqualTo("REBALANCING\n");

        state.set(KafkaStreams.State.RUNNING);
        HttpResponse<String> running = get("/readyz");
        assertThat(running.statusCode()).isEqualTo(200);
        assertThat(running.body()).isEqualTo("RUNNING\n");
    }

    @Test
    void refusesMethodsOtherThanGetAndHead() throws Exception {
        for (String method : new String[] {"POST", "PUT", "DELETE"}) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/metrics"))
                    .method(method, HttpRequest.BodyPublishers.ofString("x")).build());
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
        }
        HttpResponse<String> head = send(HttpRequest.newBuilder(uri("/healthz"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPathsAreNotFound() throws Exception {
        assertThat(get("/metricsx").statusCode()).isEqualTo(404);
        assertThat(get("/admin").statusCode()).isEqualTo(404);
    }

    @Test
    void aBusyPortIsReportedWithItsAddress() {
        HttpSettings taken = new HttpSettings("127.0.0.1", server.port());
        assertThatThrownBy(() -> OpsHttpServer.start(taken, metrics.registry(), state::get))
                .hasMessageContaining("cannot bind the HTTP server to 127.0.0.1:" + server.port());
    }

    @Test
    void readyzAnswersWithinASecondWhileTwentyClientsHoldHalfSentRequests() throws Exception {
        state.set(KafkaStreams.State.RUNNING);
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                // a request line and a header, never the blank line that ends the headers
                socket.getOutputStream().write("GET /readyz HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            Thread.sleep(200);   // let the server start reading every one of them
            for (int round = 0; round < 10; round++) {
                long start = System.nanoTime();
                String response = probe("/readyz");
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertThat(response).as("round " + round).startsWith("HTTP/1.1 200").endsWith("RUNNING\n");
                assertThat(millis).as("round " + round + " took " + millis + " ms").isLessThan(1_000);
            }
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    /** One request on a fresh connection, read whole within 1 s (a socket timeout fails the test otherwise). */
    private String probe(String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 1_000);
            socket.setSoTimeout(1_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
