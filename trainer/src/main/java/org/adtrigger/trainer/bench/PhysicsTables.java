package org.adtrigger.trainer.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The benchmark as Markdown: what was run, a line per method, then two tables with a row per signal × method
 * (efficiencies; significances before and after each tier), one table being too wide for a page.
 *
 * <p>A working point left with too few validation background events above its cut is a statement about a
 * handful of Monte Carlo events: its ε_S and SI are printed to two significant digits, marked † and
 * explained under the table, instead of to three as if measured.
 */
final class PhysicsTables {
    static final String LIMITED_MARK = "†";
    private static final String UNDEFINED = "–";

    private PhysicsTables() {
    }

    static String markdown(PhysicsBenchResult result) {
        StringBuilder md = new StringBuilder();
        md.append("# Physics benchmark (`adtrigger bench physics`)\n\n");
        header(md, result);
        methods(md, result);
        List<PhysicsRow> rows = ordered(result);
        efficiencies(md, rows);
        significances(md, rows, result.settings().lumiInverseFb());
        return md.toString();
    }

    private static void header(StringBuilder md, PhysicsBenchResult r) {
        BenchSettings s = r.settings();
        md.append("- Date: ").append(r.createdAt()).append("; wall time ").append(duration(r.wallSeconds()))
                .append('\n');
        md.append("- Machine: ").append(r.machine()).append('\n');
        md.append("- Command: `").append(r.command()).append("`\n");
        md.append("- Samples (fixed seeds): ").append(r.samples().stream()
                .map(x -> String.format(Locale.ROOT, "%s %,d events (seed %d%s)", x.name(), x.events(), x.seed(),
                        x.reused() ? ", reused" : ""))
                .collect(Collectors.joining("; "))).append(". The SM background is generated in proportion to σ;")
                .append(" 80 % trains, the 20 % validation split is what every report scores.\n");
        md.append(String.format(Locale.ROOT, "- Training: `--preset %s --selection %s --epochs %d --seed %d"
                + " --threads %d`, weights at %s fb⁻¹.%n%n", s.preset(), s.selection(), s.epochs(), s.seed(),
                s.threads(), plain(s.lumiInverseFb())));
    }

    private static void methods(StringBuilder md, PhysicsBenchResult r) {
        md.append("| method | epochs | train (s) | evaluate (s) | validation background events |\n");
        md.append("| --- | ---: | ---: | ---: | ---: |\n");
        for (MethodRun m : r.methods()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s%s | %.1f | %,d |%n", m.method(),
                    m.epochs() == 0 ? UNDEFINED : Integer.toString(m.epochs()),
                    Double.isNaN(m.trainSeconds()) ? UNDEFINED : String.format(Locale.ROOT, "%.1f", m.trainSeconds()),
                    m.reusedModel() ? " (earlier run)" : "", m.evaluateSeconds(), m.validationBackgroundEvents()));
        }
        md.append("\nEpochs – : a baseline, fitted in one pass. Train and evaluate times are wall clock, including "
                + "reading the archives.\n\n");
    }

    private static void efficiencies(StringBuilder md, List<PhysicsRow> rows) {
        List<Double> points = rows.isEmpty() ? List.of()
                : rows.get(0).efficiencies().stream().map(PhysicsRow.Efficiency::backgroundEfficiency).toList();
        md.append("Signal efficiency ε_S and significance improvement SI = ε_S/√ε_B at fixed background "
                + "efficiency ε_B; N_B: validation background events above the cut.\n\n");
        StringBuilder head = new StringBuilder("| signal | method | AUC |");
        StringBuilder rule = new StringBuilder("| --- | --- | ---: |");
        for (double p : points) {
            head.append(" ε_S(").append(exponent(p)).append(") |");
            rule.append(" ---: |");
        }
        for (double p : points) {
            head.append(" SI(").append(exponent(p)).append(") |");
            rule.append(" ---: |");
        }
        for (double p : points) {
            head.append(" N_B(").append(exponent(p)).append(") |");
            rule.append(" ---: |");
        }
        md.append(head).append('\n').append(rule).append('\n');
        boolean anyLimited = false;
        for (PhysicsRow row : rows) {
            md.append("| ").append(row.signal()).append(" | ").append(row.method()).append(" | ")
                    .append(Double.isNaN(row.auc()) ? UNDEFINED : String.format(Locale.ROOT, "%.4f", row.auc()))
                    .append(" |");
            for (PhysicsRow.Efficiency e : row.efficiencies()) {
                md.append(' ').append(measured(e.signalEfficiency(), e.sufficientStatistics())).append(" |");
            }
            for (PhysicsRow.Efficiency e : row.efficiencies()) {
                md.append(' ').append(measured(e.significanceImprovement(), e.sufficientStatistics())).append(" |");
            }
            for (PhysicsRow.Efficiency e : row.efficiencies()) {
                md.append(' ').append(e.backgroundEventsAbove()).append(" |");
                anyLimited |= !e.sufficientStatistics();
            }
            md.append('\n');
        }
        if (anyLimited) {
            md.append('\n').append(LIMITED_MARK).append(" statistically limited: fewer than 10 validation background "
                    + "events above the cut (N_B), so the value is indicative only.\n");
        }
        md.append('\n');
    }

    private static void significances(StringBuilder md, List<PhysicsRow> rows, double lumiInverseFb) {
        int tiers = rows.stream().mapToInt(r -> r.tiers().size()).max().orElse(0);
        md.append("Significance Z = s/√b and Asimov Z (as `Z / Z_A`) at ").append(plain(lumiInverseFb))
                .append(" fb⁻¹, before any cut and after each tier of the method's model card "
                        + "(tier ≥ i: score above the card's cut t_i).\n\n");
        StringBuilder head = new StringBuilder("| signal | method |");
        StringBuilder rule = new StringBuilder("| --- | --- |");
        for (int t = 0; t < tiers; t++) {
            head.append(t == 0 ? " no cut |" : " tier ≥ " + t + " |");
            rule.append(" ---: |");
        }
        md.append(head).append(" s, b at tier ≥ ").append(tiers - 1).append(" |\n").append(rule).append(" ---: |\n");
        for (PhysicsRow row : rows) {
            md.append("| ").append(row.signal()).append(" | ").append(row.method()).append(" |");
            for (PhysicsRow.TierSignificance t : row.tiers()) {
                md.append(' ').append(number(t.z())).append(" / ").append(number(t.asimovZ())).append(" |");
            }
            PhysicsRow.TierSignificance last = row.tiers().get(row.tiers().size() - 1);
            md.append(' ').append(number(last.signal())).append(", ").append(number(last.background())).append(" |\n");
        }
        md.append('\n');
    }

    /** Rows grouped by signal in sample order, methods in the order run. */
    private static List<PhysicsRow> ordered(PhysicsBenchResult r) {
        List<String> signals = r.samples().stream().map(BenchSamples.Sample::name).toList();
        List<String> methods = r.methods().stream().map(MethodRun::method).toList();
        List<PhysicsRow> rows = new ArrayList<>(r.rows());
        rows.sort(Comparator.comparingInt((PhysicsRow row) -> rank(signals, row.signal()))
                .thenComparingInt(row -> rank(methods, row.method())));
        return rows;
    }

    private static int rank(List<String> order, String name) {
        int i = order.indexOf(name);
        return i < 0 ? order.size() : i;
    }

    /** Three significant digits, or two with the † when the working point lacks background statistics. */
    static String measured(double value, boolean sufficient) {
        if (Double.isNaN(value)) {
            return UNDEFINED;
        }
        return sufficient ? number(value) : significant(value, 2) + LIMITED_MARK;
    }

    /** Three significant digits; powers of ten (1.59e8) below 1e-3 and from 1e5 up, where zeros would pile up. */
    static String number(double value) {
        return Double.isNaN(value) ? UNDEFINED : significant(value, 3);
    }

    private static String significant(double value, int digits) {
        if (value == 0.0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude < 1e-3 || magnitude >= 1e5) {
            String[] parts = String.format(Locale.ROOT, "%." + (digits - 1) + "e", value).split("e");
            return parts[0] + "e" + Integer.parseInt(parts[1]);
        }
        if (magnitude >= Math.pow(10, digits)) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        // rounded first, so that 9.9985 becomes 10.0 rather than 10.00
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits));
        return rounded.setScale(Math.max(0, digits - rounded.precision() + rounded.scale())).toPlainString();
    }

    /** 1e-3 for 0.001. */
    static String exponent(double efficiency) {
        return "1e" + Math.round(Math.log10(efficiency));
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
}
