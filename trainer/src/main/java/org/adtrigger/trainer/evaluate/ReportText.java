package org.adtrigger.trainer.evaluate;

/** The fixed prose of the HTML report: what each quantity is and in which units. */
final class ReportText {
    /** Format arguments: the report's luminosity in pb⁻¹, the validation fraction. */
    static final String EXPLANATION = """
            <h2>What the numbers mean</h2>
            <ul>
            <li><b>Score</b>: the model's anomaly score of the event's Rapidity-Mass Matrix (an autoencoder's reconstruction error, or the baseline score the card names) \
            (dimensionless); large means unlike the Standard Model training sample. The <b>E_T^miss baseline</b> \
            uses the event's missing transverse energy (GeV) as the score instead.</li>
            <li><b>Expected events</b>, s and b: Σ of the Monte Carlo weights, scaled to %s pb⁻¹; the error is \
            √Σw². The background is the trainer's validation split only (events the network never trained on), \
            its weights divided by the split's share %s so that b is the full expected background. Signals use \
            every event.</li>
            <li><b>ε_S, ε_B</b>: weighted fractions of signal and background events with a score above a cut. \
            <b>ROC</b>: ε_S against ε_B over all cuts; <b>AUC</b> its area (1 = perfect separation, 0.5 = none). \
            <b>SI</b> = ε_S/√ε_B, the factor a cut multiplies s/√b by. <b>E_10</b>, <b>E_100</b>: ε_S at 90 %% \
            and 99 %% background rejection. † marks a working point left with fewer than 10 background MC \
            events: a statistically weak figure.</li>
            <li><b>Tier ≥ i</b>: events whose score is above the model card's cut t_i (from the weighted median \
            of the background validation scores); tier 0 is no cut. <b>Z</b> = s/√b and the <b>Asimov Z</b> = \
            √(2((s+b)·ln(1+s/b) − s)), with errors propagated from Σw² of s and b; undefined when b ≤ 0.</li>
            <li><b>Significance vs E_T^miss cut</b>: inside each tier, the Asimov Z after a further cut \
            E_T^miss &gt; x, for x from 0 to 1500 GeV.</li>
            </ul>
            """;

    private ReportText() {
    }
}
