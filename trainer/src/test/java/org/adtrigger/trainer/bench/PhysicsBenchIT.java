package org.adtrigger.trainer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.adtrigger.trainer.cli.TrainerMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench physics} end to end on tiny samples: generation, train and evaluate through the trainer's API,
 * the tables and the JSON; a second run reuses samples and models.
 */
class PhysicsBenchIT {
    private static final List<String> METHODS = List.of("ae-small", "met");

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run bench(String... args) {
        List<String> argv = new ArrayList<>(List.of("bench", "physics"));
        argv.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TrainerMain.run(argv.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Run tinyBench() {
        return bench("--methods", String.join(",", METHODS), "--signals", "zprime:2000,wr:4000:1000",
                "--background-events", "3000", "--signal-events", "300", "--epochs", "1", "--seed", "5",
                "--out", dir.resolve("out").toString(), "--work", dir.resolve("work").toString());
    }

    @Test
    void tabulatesEveryMethodOnEverySignalAndReusesWhatItMade() throws IOException {
        Run first = tinyBench();

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("sm: 3,000 events, seed 5", "zprime2000: 300 events, seed 6",
                "wr_4000_n_1000: 300 events, seed 7", "(generated in");
        String md = Files.readString(dir.resolve("out").resolve(PhysicsReport.MARKDOWN));
        assertThat(first.out()).contains(md);
        assertThat(md).contains("- Command: `adtrigger bench physics --methods ae-small,met --signals zprime:2000");
        for (String method : METHODS) {
            assertThat(md).containsPattern("\\| zprime2000 \\| " + method + " \\| 0\\.\\d{4} \\|")
                    .containsPattern("\\| wr_4000_n_1000 \\| " + method + " \\| [-0-9.e]+ / [-0-9.e]+ \\|");
        }

        JsonNode json = JsonMapper.builder().disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
                .readTree(dir.resolve("out").resolve(PhysicsReport.JSON).toFile());
        assertThat(json.get("settings").get("seed").asLong()).isEqualTo(5);
        assertThat(json.get("samples")).hasSize(3);
        assertThat(json.get("rows")).hasSize(2 * METHODS.size());
        JsonNode method = json.get("methods").get(0);
        assertThat(method.get("epochs").asInt()).isEqualTo(1);
        // ~20 % of 3000 background events form the validation split every report scores
        assertThat(method.get("validationBackgroundEvents").asLong()).isBetween(450L, 750L);
        assertThat(json.get("methods").get(1).get("validationBackgroundEvents").asLong())
                .isEqualTo(method.get("validationBackgroundEvents").asLong());
        JsonNode row = json.get("rows").get(0);
        assertThat(row.get("auc").asDouble()).isBetween(0.5, 1.0);
        assertThat(row.get("tiers")).hasSize(4);
        assertThat(row.get("efficiencies").get(2).get("sufficientStatistics").asBoolean()).isFalse();
        assertThat(Files.readString(dir.resolve("work/logs/ae-small-train.log"))).startsWith("# train ae-small on ")
                .contains("model     ae-small");
        assertThat(Files.readString(dir.resolve("work/logs/sm-generate.log")))
                .startsWith("# generate --process sm --mix sigma --events 3000 --seed 5");

        Run second = tinyBench();

        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).doesNotContain("(generated in").contains("(reused)", "trained in an earlier run");
    }

    @Test
    void unknownSignalIsAUsageErrorNamingIt() {
        Run run = bench("--methods", "ae-small", "--signals", "zprime:2000,gluino", "--out",
                dir.resolve("never").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("adtrigger bench physics: ").contains("gluino");
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Test
    void unknownMethodIsAUsageErrorNamingIt() {
        Run run = bench("--methods", "ae-small,autoencoder-xl", "--out", dir.resolve("never").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("adtrigger bench physics: unknown method 'autoencoder-xl' in --methods");
        assertThat(dir.resolve("never")).doesNotExist();
    }
}
