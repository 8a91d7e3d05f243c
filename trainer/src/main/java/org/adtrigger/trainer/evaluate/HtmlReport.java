package org.adtrigger.trainer.evaluate;

import org.adtrigger.core.io.AtomicOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.stats.Significance;
import org.adtrigger.core.stats.WeightedCount;

/** Writes {@code index.html}: static HTML (no script) with the tables, the plots and what each number means. */
final class HtmlReport {
    static final String FILE = "index.html";

    /** E_T^miss, typeset. */
    static final String MET = "<i>E</i><sub>T</sub><sup>miss</sup>";

    private final StringBuilder html = new StringBuilder();

    private HtmlReport() {
    }

    static void write(Path file, ReportContext context, Evaluation evaluation) throws IOException {
        HtmlReport report = new HtmlReport();
        report.render(context, evaluation);
        AtomicOutput.writeString(file, report.html.toString());
    }

    private void render(ReportContext context, Evaluation evaluation) {
        ModelCard card = context.card();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>ADTrigger evaluation: ")
                .append(esc(card.modelId())).append("</title>\n<style>body{font-family:sans-serif;max-width:1100px;"
                        + "margin:auto}table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;"
                        + "padding:2px 6px;text-align:right}th{background:#eee}td:first-child{text-align:left}"
                        + "img{max-width:100%}.verdict{font-weight:bold}</style></head><body>\n");
        html.append("<h1>Evaluation of ").append(esc(card.modelId())).append("</h1>\n");
        html.append("<p>Model <code>").append(esc(context.modelFile())).append("</code> (").append(esc(card.architecture()))
                .append(", RMM ").append(esc(card.features().rmmLayout())).append(", selection <code>")
                .append(esc(card.selection())).append("</code>). Report made ").append(esc(context.createdAt()))
                .append(" by <code>adtrigger ").append(esc(String.join(" ", context.commandLine()))).append("</code>.</p>\n");
        html.append(tex(ReportText.EXPLANATION).formatted(fmt(context.luminosityPb()),
                fmt(context.validationFraction())));
        backgroundTable(evaluation);
        tierTable(card);
        html.append("<h2>Score distribution</h2>\n<img src=\"").append(ScoreHistogramPlot.FILE)
                .append("\" alt=\"score distribution\">\n");
        for (SignalReport signal : evaluation.signals()) {
            signalSection(signal, MethodName.of(card));
        }
        html.append("</body></html>\n");
    }

    private void backgroundTable(Evaluation evaluation) {
        html.append("<h2>Background (validation split)</h2>\n<table><tr><th>process</th><th>events (MC)</th>"
                + "<th>expected events</th></tr>\n");
        for (Evaluation.ProcessYield p : evaluation.background()) {
            html.append("<tr><td>").append(esc(p.sample())).append("</td><td>").append(p.events()).append("</td><td>")
                    .append(count(p.expected())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void tierTable(ModelCard card) {
        ModelCard.Thresholds t = card.thresholds();
        html.append("<h2>Thresholds (model card)</h2>\n<p>Median of the background score (").append(esc(t.space()))
                .append(" space): ").append(fmt(t.median())).append(".</p>\n<table><tr><th>tier</th>"
                        + "<th>score cut</th><th>background fraction with tier ≥ i (card)</th></tr>\n");
        for (int i = 0; i < t.tierCuts().length; i++) {
            html.append("<tr><td>").append(i + 1).append("</td><td>").append(fmt(t.tierCuts()[i])).append("</td><td>")
                    .append(i + 1 < t.tierPassFractions().length ? fmt(t.tierPassFractions()[i + 1]) : "")
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void signalSection(SignalReport signal, String method) {
        html.append("<h2>Signal ").append(esc(signal.sample())).append("</h2>\n<p>").append(signal.events())
                .append(" selected events, ").append(count(signal.expected())).append(" expected.</p>\n")
                .append("<p class=\"verdict\">").append(tex(esc(signal.verdict()))).append("</p>\n");
        html.append("<table><tr><th></th><th>AUC</th>");
        for (double effB : RocSummary.BACKGROUND_EFFICIENCIES) {
            html.append("<th>ε_S at ε_B = ").append(fmt(effB)).append("</th><th>SI at ").append(fmt(effB)).append("</th>");
        }
        html.append("<th>E_10</th><th>E_100</th></tr>\n");
        rocRow(esc(method), signal.autoencoder());
        rocRow(MET + " baseline", signal.metBaseline());
        html.append("</table>\n<table><tr><th>tier ≥ i</th><th>score cut</th><th>s</th><th>b</th><th>Z = s/√b</th>"
                + "<th>Asimov Z</th><th>best " + MET + " cut (GeV)</th><th>Asimov Z there</th></tr>\n");
        for (TierResult tier : signal.tiers()) {
            CutYield y = tier.yield();
            CutYield best = bestMetCut(tier);
            html.append("<tr><td>").append(tier.tier() == 0 ? "0 (no cut)" : Integer.toString(tier.tier()))
                    .append("</td><td>").append(tier.tier() == 0 ? "–" : fmt(tier.scoreCut())).append("</td><td>")
                    .append(count(y.signal())).append("</td><td>").append(count(y.background())).append("</td><td>")
                    .append(z(y.simple())).append("</td><td>").append(z(y.asimov())).append("</td><td>")
                    .append(best == null ? "–" : fmt(best.cut())).append("</td><td>")
                    .append(best == null ? "–" : z(best.asimov())).append("</td></tr>\n");
        }
        html.append("</table>\n<img src=\"").append(RocPlot.fileName(signal.sample())).append("\" alt=\"ROC ")
                .append(esc(signal.sample())).append("\">\n<img src=\"").append(MetScanPlot.fileName(signal.sample()))
                .append("\" alt=\"significance vs MET cut ").append(esc(signal.sample())).append("\">\n");
    }

    private void rocRow(String name, RocSummary roc) {
        html.append("<tr><td>").append(name).append("</td><td>").append(fmt(roc.auc())).append("</td>");
        for (RocSummary.WorkingPointEfficiency p : roc.workingPoints()) {
            String few = p.sufficientStatistics() ? "" : " †";
            html.append("<td>").append(fmt(p.signalEfficiency())).append(few).append("</td><td>")
                    .append(fmt(p.significanceImprovement())).append("</td>");
        }
        html.append("<td>").append(fmt(roc.e10())).append("</td><td>").append(fmt(roc.e100())).append("</td></tr>\n");
    }

    private static CutYield bestMetCut(TierResult tier) {
        CutYield best = null;
        for (CutYield cut : tier.metScan()) {
            if (cut.asimov().isDefined() && (best == null || cut.asimov().z() > best.asimov().z())) {
                best = cut;
            }
        }
        return best;
    }

    private static String count(WeightedCount c) {
        return fmt(c.sumW()) + " ± " + fmt(c.error());
    }

    private static String z(Significance s) {
        return s.isDefined() ? fmt(s.z()) + " ± " + fmt(s.error()) : "undefined (b ≤ 0)";
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4g", v) : "–";
    }

    /** E_T^miss in text (verdicts) as HTML, E<sub>T</sub><sup>miss</sup>. */
    static String tex(String escaped) {
        return escaped.replace("E_T^miss", MET);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
