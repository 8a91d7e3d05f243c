package org.adtrigger.trainer.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an evaluate report's metrics.json (the fields the report writes; EvaluateCommandIT checks the writing). */
class EvaluationMetricsTest {
    private static final String METRICS = """
            {"provenance": {"card": {"provenance": {"epochs": 4}},
                            "background": [{"selected": 30000}, {"selected": 10123}]},
             "signals": [{"sample": "zprime2000",
                          "autoencoder": {"auc": 0.989,
                                          "workingPoints": [
                            {"backgroundEfficiency": 0.01, "signalEfficiency": 0.97, "significanceImprovement": 9.7,
                             "backgroundEventsAbove": 401, "sufficientStatistics": true},
                            {"backgroundEfficiency": 0.0001, "signalEfficiency": 0.5, "significanceImprovement": 50.0,
                             "backgroundEventsAbove": 4, "sufficientStatistics": false}]},
                          "tiers": [
                            {"tier": 0, "yield": {"signal": {"sumW": 240.0}, "background": {"sumW": 0.0},
                                                  "simple": {"z": null}, "asimov": {"z": null}}},
                            {"tier": 1, "yield": {"signal": {"sumW": 10.0}, "background": {"sumW": 100.0},
                                                  "simple": {"z": 1.0}, "asimov": {"z": 0.98399}}}]}]}
            """;

    @TempDir
    Path dir;

    @Test
    void readsEveryTabulatedFigureWithNullAsUndefined() throws IOException {
        Path file = Files.writeString(dir.resolve("metrics.json"), METRICS);

        EvaluationMetrics metrics = EvaluationMetrics.read(file, "ae-small");

        assertThat(metrics.epochs()).isEqualTo(4);
        assertThat(metrics.validationBackgroundEvents()).isEqualTo(40_123);
        PhysicsRow row = metrics.rows().get(0);
        assertThat(row.signal()).isEqualTo("zprime2000");
        assertThat(row.method()).isEqualTo("ae-small");
        assertThat(row.auc()).isEqualTo(0.989);
        assertThat(row.efficiencies()).containsExactly(new PhysicsRow.Efficiency(0.01, 0.97, 9.7, 401, true),
                new PhysicsRow.Efficiency(1e-4, 0.5, 50.0, 4, false));
        assertThat(row.tiers()).containsExactly(
                new PhysicsRow.TierSignificance(0, 240.0, 0.0, Double.NaN, Double.NaN),
                new PhysicsRow.TierSignificance(1, 10.0, 100.0, 1.0, 0.98399));
    }

    @Test
    void missingFieldNamesTheFileAndTheField() throws IOException {
        Path file = Files.writeString(dir.resolve("metrics.json"), METRICS.replace("\"auc\"", "\"area\""));

        assertThatThrownBy(() -> EvaluationMetrics.read(file, "ae-small"))
                .hasMessage(file + ": no field 'auc' where the benchmark expects it");
    }
}
