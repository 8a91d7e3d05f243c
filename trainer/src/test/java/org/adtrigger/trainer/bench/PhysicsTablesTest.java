package org.adtrigger.trainer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown tables: row order, columns, number formats and the mark on statistically limited points. */
class PhysicsTablesTest {

    private static PhysicsRow row(String signal, String method, double auc, int eventsAtTenThousandth) {
        List<PhysicsRow.Efficiency> efficiencies = List.of(
                new PhysicsRow.Efficiency(1e-2, 0.9521, 9.521, 400, true),
                new PhysicsRow.Efficiency(1e-3, 0.5, 15.811, 40, true),
                new PhysicsRow.Efficiency(1e-4, 0.2537, 25.37, eventsAtTenThousandth, eventsAtTenThousandth >= 10));
        List<PhysicsRow.TierSignificance> tiers = List.of(
                new PhysicsRow.TierSignificance(0, 240.0, 1.59e8, 0.019033, 0.019033),
                new PhysicsRow.TierSignificance(1, 230.0, 6.0e7, 0.029693, 0.029693),
                new PhysicsRow.TierSignificance(2, 220.0, 5.0e7, 0.031113, 0.031113),
                new PhysicsRow.TierSignificance(3, 10.0, 100.0, 1.0, 0.98399));
        return new PhysicsRow(signal, method, auc, efficiencies, tiers);
    }

    private static BenchSamples.Sample sample(String name, long seed) {
        return new BenchSamples.Sample(name, name, "/w/" + name + ".avro", 1000, seed, 0.5, false, "p");
    }

    private static PhysicsBenchResult result(List<PhysicsRow> rows) {
        BenchSettings settings = new BenchSettings(200_000, 20_000, "bsm", 1, 10.0, 5, "T4N6655", "none", 1,
                List.of("ae-small", "met"));
        return new PhysicsBenchResult("2026-11-23T22:00:00Z", "adtrigger bench physics --epochs 5",
                "2 cores, AMD EPYC", 754.4, settings,
                List.of(sample("sm", 1), sample("zprime2000", 2), sample("c1n2_450_300", 3)),
                List.of(new MethodRun("ae-small", "m/ae-small.onnx", 5, 61.25, false, 7.5, 40_123),
                        new MethodRun("met", "m/met.onnx", 0, 3.0, true, 4.0, 40_123)),
                rows);
    }

    @Test
    void rowsGoBySignalInSampleOrderThenByMethodInRunOrder() {
        String md = PhysicsTables.markdown(result(List.of(row("zprime2000", "ae-small", 0.98936, 40),
                row("c1n2_450_300", "met", 0.5, 40), row("zprime2000", "met", 0.578, 40),
                row("c1n2_450_300", "ae-small", 0.9871, 40))));

        List<String> efficiencyRows = md.lines().filter(l -> l.startsWith("| zprime2000") || l.startsWith("| c1n2"))
                .limit(4).toList();
        assertThat(efficiencyRows).extracting(l -> l.split(" \\| ")[0] + " " + l.split(" \\| ")[1])
                .containsExactly("| zprime2000 ae-small", "| zprime2000 met", "| c1n2_450_300 ae-small",
                        "| c1n2_450_300 met");
    }

    @Test
    void efficiencyRowHoldsAucEfficienciesImprovementsAndBackgroundCounts() {
        String md = PhysicsTables.markdown(result(List.of(row("zprime2000", "ae-small", 0.98936, 40))));

        assertThat(md).contains("| signal | method | AUC | ε_S(1e-2) | ε_S(1e-3) | ε_S(1e-4) | SI(1e-2) | SI(1e-3) "
                + "| SI(1e-4) | N_B(1e-2) | N_B(1e-3) | N_B(1e-4) |");
        assertThat(md).contains("| zprime2000 | ae-small | 0.9894 | 0.952 | 0.500 | 0.254 | 9.52 | 15.8 | 25.4 "
                + "| 400 | 40 | 40 |");
        assertThat(md).doesNotContain(PhysicsTables.LIMITED_MARK);
    }

    @Test
    void workingPointWithFewBackgroundEventsIsMarkedAndRoundedToTwoDigits() {
        String md = PhysicsTables.markdown(result(List.of(row("zprime2000", "ae-small", 0.98936, 4))));

        assertThat(md).contains("| zprime2000 | ae-small | 0.9894 | 0.952 | 0.500 | 0.25† | 9.52 | 15.8 | 25† "
                + "| 400 | 40 | 4 |");
        assertThat(md).contains("† statistically limited: fewer than 10 validation background events");
    }

    @Test
    void significanceRowHoldsZAndAsimovZBeforeAndAfterEachTier() {
        String md = PhysicsTables.markdown(result(List.of(row("zprime2000", "ae-small", 0.98936, 40))));

        assertThat(md).contains("| signal | method | no cut | tier ≥ 1 | tier ≥ 2 | tier ≥ 3 | s, b at tier ≥ 3 |");
        // s = 10, b = 100 in tier 3: Z = 1, Asimov Z = 0.98399 (docs/PHYSICS.md's check)
        assertThat(md).contains("| zprime2000 | ae-small | 0.0190 / 0.0190 | 0.0297 / 0.0297 | 0.0311 / 0.0311 "
                + "| 1.00 / 0.984 | 10.0, 100 |");
    }

    @Test
    void headerRecordsDateMachineCommandSeedsAndTimes() {
        String md = PhysicsTables.markdown(result(List.of(row("zprime2000", "ae-small", 0.98936, 40))));

        assertThat(md).contains("- Date: 2026-11-23T22:00:00Z; wall time 12 min 34 s",
                "- Machine: 2 cores, AMD EPYC", "- Command: `adtrigger bench physics --epochs 5`",
                "sm 1,000 events (seed 1); zprime2000 1,000 events (seed 2)",
                "`--preset T4N6655 --selection none --epochs 5 --seed 1 --threads 1`, weights at 10 fb⁻¹",
                "| ae-small | 5 | 61.3 | 7.5 | 40,123 |", "| met | – | 3.0 (earlier run) | 4.0 | 40,123 |");
    }

    @Test
    void numbersKeepThreeSignificantDigitsAndUsePowersOfTenAtTheExtremes() {
        assertThat(PhysicsTables.number(0.95237)).isEqualTo("0.952");
        assertThat(PhysicsTables.number(12.345)).isEqualTo("12.3");
        assertThat(PhysicsTables.number(9.9985)).isEqualTo("10.0");
        assertThat(PhysicsTables.number(0.5)).isEqualTo("0.500");
        assertThat(PhysicsTables.number(-0.81234)).isEqualTo("-0.812");
        assertThat(PhysicsTables.number(4321.0)).isEqualTo("4321");
        assertThat(PhysicsTables.number(1.58997312e8)).isEqualTo("1.59e8");
        assertThat(PhysicsTables.number(4.9712e-4)).isEqualTo("4.97e-4");
        assertThat(PhysicsTables.number(0.0)).isEqualTo("0");
        assertThat(PhysicsTables.number(Double.NaN)).isEqualTo("–");
        assertThat(PhysicsTables.measured(0.0704, false)).isEqualTo("0.070†");
        assertThat(PhysicsTables.exponent(1e-4)).isEqualTo("1e-4");
        assertThat(PhysicsTables.duration(37.4)).isEqualTo("37 s");
    }
}
