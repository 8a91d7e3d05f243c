package org.adtrigger.streams.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The real promtool on ops/prometheus: the configuration and the alert rules are valid, and the rules'
 * unit tests (alerts.test.yml) pass. Skipped with a printed reason when promtool is not installed.
 */
class PromtoolIT {
    @Test
    void configurationIsValid() throws Exception {
        assertThat(promtool("check", "config", OpsFiles.PROMETHEUS_CONFIG)).contains("SUCCESS");
    }

    @Test
    void alertRulesAreValid() throws Exception {
        assertThat(promtool("check", "rules", OpsFiles.ALERTS))
                .contains("SUCCESS: " + OpsFiles.alertExpressions().size() + " rules found");
    }

    @Test
    void alertRuleUnitTestsPass() throws Exception {
        assertThat(promtool("test", "rules", OpsFiles.ALERT_TESTS)).contains("SUCCESS");
    }

    /** Runs promtool and returns its output; fails with that output unless it exits 0. */
    private static String promtool(String command, String subcommand, Path file) throws IOException, InterruptedException {
        List<String> argv = List.of(PrometheusBinaries.require("promtool").toString(), command, subcommand, file.toString());
        Path log = Files.createTempFile("promtool", ".log");
        try {
            Process process = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", argv) + " did not finish within 60 s: " + Files.readString(log));
            }
            String output = Files.readString(log);
            assertThat(process.exitValue()).as(String.join(" ", argv) + " exit code; output:\n" + output).isZero();
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
