package org.adtrigger.trainer.bench;

import java.util.ArrayList;
import java.util.List;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.trainer.api.EvaluationResult;
import org.adtrigger.trainer.evaluate.ReportContext;
import org.adtrigger.trainer.evaluate.RocSummary;
import org.adtrigger.trainer.evaluate.SignalReport;
import org.adtrigger.trainer.evaluate.TierResult;

/**
 * The figures the benchmark tabulates from an evaluation, read the same way for every method whatever produced
 * its score. An undefined number (Z with b ≤ 0, a non-finite SI) is NaN, as the report's metrics.json writes it
 * as null.
 *
 * @param epochs                     epochs the evaluated model was trained for (from its card; 0 for a baseline)
 * @param validationBackgroundEvents background events the report scored (validation split)
 * @param rows                       one per signal, in the report's order
 */
record EvaluationMetrics(int epochs, long validationBackgroundEvents, List<PhysicsRow> rows) {

    static EvaluationMetrics of(EvaluationResult result, String method) {
        ModelCard.Provenance provenance = result.card().provenance();
        long background = result.context().background().stream().mapToLong(ReportContext.InputArchive::selected)
                .sum();
        List<PhysicsRow> rows = new ArrayList<>();
        for (SignalReport signal : result.evaluation().signals()) {
            rows.add(row(signal, method));
        }
        return new EvaluationMetrics(provenance == null ? 0 : provenance.epochs(), background, rows);
    }

    private static PhysicsRow row(SignalReport signal, String method) {
        List<PhysicsRow.Efficiency> efficiencies = new ArrayList<>();
        for (RocSummary.WorkingPointEfficiency p : signal.autoencoder().workingPoints()) {
            efficiencies.add(new PhysicsRow.Efficiency(defined(p.backgroundEfficiency()),
                    defined(p.signalEfficiency()), defined(p.significanceImprovement()), p.backgroundEventsAbove(),
                    p.sufficientStatistics()));
        }
        List<PhysicsRow.TierSignificance> tiers = new ArrayList<>();
        for (TierResult t : signal.tiers()) {
            tiers.add(new PhysicsRow.TierSignificance(t.tier(), defined(t.yield().signal().sumW()),
                    defined(t.yield().background().sumW()), defined(t.yield().simple().z()),
                    defined(t.yield().asimov().z())));
        }
        return new PhysicsRow(signal.sample(), method, defined(signal.autoencoder().auc()), efficiencies, tiers);
    }

    /** The number, NaN where it is not finite. */
    static double defined(double value) {
        return Double.isFinite(value) ? value : Double.NaN;
    }
}
