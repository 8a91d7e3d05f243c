package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.adtrigger.ingest.cli.IngestMain;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.trainer.cli.TrainerMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 19's acceptance walk, as a physicist with a flat three-lepton CSV export takes it, with the tool
 * alone: ingest (mixed e/μ slots typed from an ID column, no MET φ column, the data file flagged with
 * {@code --is-data}) → train with {@code thesis-3lep} → evaluate → {@code run} with a {@code replay} beside it
 * → {@code tail}, checking what each step prints, the selection's rejection reasons included. Small tables
 * (events with two leptons are the ones the selection must reject, a known number of them) and two epochs
 * keep it to well under a minute of work.
 */
class RealDataWalkIT {
    private static final int MC_ROWS = 800;
    private static final int MC_TWO_LEPTON_EVERY = 5;      // 160 rejected
    private static final int DATA_ROWS = 300;
    private static final int DATA_TWO_LEPTON_EVERY = 4;    // 75 rejected
    private static final String MAPPING = String.join("\n",
            "unit = GeV",
            "event.met = met_et",
            "event.run = run",
            "event.number = event",
            "event.weight = weight",
            "objects = lep",
            "lep.slots = 3",
            "lep.typeColumn = lep{i}_ID",
            "lep.typeMap = 11:ELECTRON, 13:MUON",
            "lep.pt = lep{i}_pt",
            "lep.eta = lep{i}_eta",
            "lep.phi = lep{i}_phi",
            "lep.e = lep{i}_E",
            "lep.charge = lep{i}_charge", "");

    @TempDir
    Path dir;

    @Test
    void csvToStreamAndBackWithTheSummariesOfEveryStep() throws Exception {
        Path mapping = Files.writeString(dir.resolve("trilepton.properties"), MAPPING);
        Path mcCsv = table(dir.resolve("mc.csv"), MC_ROWS, MC_TWO_LEPTON_EVERY, 60, 1);
        Path signalCsv = table(dir.resolve("signal.csv"), 200, 0, 250, 2);
        Path dataCsv = table(dir.resolve("data.csv"), DATA_ROWS, DATA_TWO_LEPTON_EVERY, 60, 3);
        Path mc = dir.resolve("mc.avro");
        Path signal = dir.resolve("signal.avro");
        Path data = dir.resolve("data.avro");

        // ingest: MC as is, data flagged by the CLI and selected
        Printed ingestMc = ingest("--in", mcCsv.toString(), "--out", mc.toString(), "--sample", "mc3l");
        assertThat(ingestMc.code).as(ingestMc.all()).isZero();
        Printed ingestSignal = ingest("--in", signalCsv.toString(), "--out", signal.toString(), "--sample", "heavy3l");
        assertThat(ingestSignal.code).as(ingestSignal.all()).isZero();
        Printed ingestData = ingest("--in", dataCsv.toString(), "--out", data.toString(), "--is-data",
                "--selection", "thesis-3lep");
        assertThat(ingestData.code).as(ingestData.all()).isZero();
        assertThat(ingestData.out.lines()).as(ingestData.all()).contains(
                "selection 'thesis-3lep': 225 of 300 events passed",
                "events rejected: too few leptons 75 (25.0 %)");

        // train: the training split's selection counts, then the model card says no MET phi was used
        Path model = dir.resolve("model.onnx");
        Printed train = trainer("train", "--data", mc.toString(), "--selection", "thesis-3lep", "--model", "16:tanh",
                "--epochs", "2", "--batch", "64", "--no-progress", "--out", model.toString());
        assertThat(train.code).as(train.all()).isZero();
        assertThat(train.all()).containsPattern("selection thesis-3lep: training \\d+ of \\d+ \\(rejected: TOO_FEW_LEPTONS \\d+\\)")
                .containsPattern("training +events rejected: too few leptons \\d+ \\(\\d+\\.\\d %\\)")
                .contains("model trained on events without the E_T^miss azimuth");
        assertThat(Files.readString(dir.resolve("model.card.json")).replace(" ", ""))
                .contains("\"metPhi\":false");

        // evaluate: selection counts for each input, the report written
        Printed evaluate = trainer("evaluate", "--model", model.toString(), "--background", mc.toString(),
                "--signals", signal.toString(), "--out", dir.resolve("report").toString(), "--lumi", "10",
                "--no-progress");
        assertThat(evaluate.code).as(evaluate.all()).isZero();
        assertThat(evaluate.all()).contains("events rejected: too few leptons").contains("heavy3l")
                .containsPattern("wrote \\d+ files");

        // run + replay: every record in, the two-lepton MC events rejected by the stream's selection too
        long passing = MC_ROWS - MC_ROWS / MC_TWO_LEPTON_EVERY + 225;
        long sent = MC_ROWS + 225;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            broker.createTopics(TriggerConfig.defaults().topicsToCreate());
            int httpPort = freePort();
            CompletableFuture<Printed> run = CompletableFuture.supplyAsync(() -> streams("run", "--model",
                    model.toString(), "--bootstrap", broker.bootstrapServers(), "--http-port", Integer.toString(httpPort),
                    "--duration", "40s", "--set", "state.dir=" + dir.resolve("state"), "--set", "window.size.ms=2000",
                    "--set", "window.grace.ms=0", "--set", "window.idle.close.ms=2000"));
            awaitReady(httpPort, run);
            Printed replay = streams("replay", "--in", mc.toString(), data.toString(), "--bootstrap",
                    broker.bootstrapServers(), "--rate", "500", "--no-progress");
            assertThat(replay.code).as(replay.all()).isZero();
            assertThat(replay.err).startsWith("replayed " + sent + " events (0 injected)");

            Printed ran = run.get(90, TimeUnit.SECONDS);
            assertThat(ran.code).as(ran.all()).isZero();
            List<String> summary = ran.err.lines().toList();
            assertThat(summary).as(ran.all()).contains(
                    "run: " + sent + " events in, 0 dead-lettered, " + passing + " scored",
                    "selection 'thesis-3lep': " + passing + " of " + sent + " events passed",
                    String.format(Locale.ROOT, "events rejected: too few leptons %d (%.1f %%)", sent - passing,
                            100.0 * (sent - passing) / sent));
            assertThat(summary).anySatisfy(line -> assertThat(line).matches("tiers: ≥1 \\d+, ≥2 \\d+, ≥3 \\d+"));
            assertThat(summary).anySatisfy(line -> assertThat(line).matches("windows emitted: [1-9]\\d* ALL, .*"));

            // tail: the scored events read back, the data events flagged as data
            Printed tail = streams("tail", "--topic", "scored-events", "--from-beginning", "--bootstrap",
                    broker.bootstrapServers());
            assertThat(tail.code).as(tail.all()).isZero();
            assertThat(tail.err).isEqualTo("tail: " + passing + " record(s) from scored-events" + System.lineSeparator());
            List<String> records = tail.out.lines().toList();
            assertThat(records).hasSize((int) passing);
            assertThat(records).filteredOn(line -> line.contains("\"isData\":true")).hasSize(225)
                    .allSatisfy(line -> assertThat(line).contains("\"weight\":1.0"));
        }
    }

    /**
     * A flat table as ATLAS open-data exports have it: three lepton slots of mixed flavour (±11, ±13), no MET
     * φ, a weight; every {@code twoLeptonEvery}-th row (0: none) leaves the third slot empty. Leptons are
     * above 25 GeV and within |η| < 2, so "too few leptons" is the only reason to reject.
     */
    private static Path table(Path file, int rows, int twoLeptonEvery, double meanPt, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        StringBuilder header = new StringBuilder("run,event,met_et,weight");
        for (int i = 1; i <= 3; i++) {
            header.append(String.format(Locale.ROOT, ",lep%1$d_pt,lep%1$d_eta,lep%1$d_phi,lep%1$d_E,lep%1$d_ID,lep%1$d_charge", i));
        }
        lines.add(header.toString());
        for (int row = 1; row <= rows; row++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "7,%d,%.2f,%.3f", row,
                    -30 * Math.log(1 - random.nextDouble()), row % 20 == 0 ? -0.1 : 0.5));
            int leptons = twoLeptonEvery > 0 && row % twoLeptonEvery == 0 ? 2 : 3;
            for (int i = 1; i <= 3; i++) {
                if (i > leptons) {
                    line.append(",,,,,,");
                    continue;
                }
                double pt = 25 + meanPt * -Math.log(1 - random.nextDouble()) / i;
                double eta = 4 * random.nextDouble() - 2;
                double phi = Math.PI * (2 * random.nextDouble() - 1);
                int charge = random.nextBoolean() ? 1 : -1;
                int id = (random.nextBoolean() ? 11 : 13) * -charge;
                line.append(String.format(Locale.ROOT, ",%.3f,%.4f,%.4f,%.3f,%d,%d", pt, eta, phi, pt * Math.cosh(eta),
                        id, charge));
            }
            lines.add(line.toString());
        }
        return Files.write(file, lines);
    }

    private Printed ingest(String... args) {
        List<String> all = new ArrayList<>(List.of("ingest", "--format", "csv", "--mapping",
                dir.resolve("trilepton.properties").toString(), "--unit", "GeV", "--no-progress"));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = IngestMain.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Printed(code, out.toString(), err.toString());
    }

    private static Printed trainer(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TrainerMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Printed(code, out.toString(), err.toString());
    }

    private static Printed streams(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = StreamsMain.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Printed(code, out.toString(), err.toString());
    }

    /** Waits for /readyz (Kafka Streams RUNNING) so that the replay's records meet a running stream. */
    private static void awaitReady(int port, CompletableFuture<Printed> run) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (run.isDone()) {
                throw new AssertionError("run ended before it was ready: " + run.get().all());
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/readyz")).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the model loads before the HTTP server starts
            }
            Thread.sleep(200);
        }
        throw new AssertionError("run not ready within 60 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private record Printed(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }
}
