package org.adtrigger.core.model;

import java.util.List;
import java.util.Objects;
import org.adtrigger.core.rmm.RmmBuilder;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.rmm.RmmOptions;

/**
 * Everything the stream needs to know about a trained model besides its weights: which features it
 * expects, how its score is defined, where its thresholds are, and where it came from. It travels inside
 * the ONNX file (metadata key {@link #ONNX_METADATA_KEY}) and as a JSON sidecar next to it
 * ({@code model.onnx} → {@code model.card.json}); {@code card.ModelCardJson} (module card) reads and writes it.
 *
 * @param schemaVersion version of the feature contract (event schema fields used by selection and RMM);
 *                      the stream refuses a card whose version differs from {@link #SCHEMA_VERSION}
 * @param modelId       unique name of this model, copied into every scored event
 * @param features      RMM layout, options, raw input width and the mask of cells the network sees
 * @param selection     name of the event selection preset applied before the RMM
 * @param architecture  network description (e.g. "ae-small 529-150-529 relu", "vae ...")
 * @param scaler        scaler folded into the graph: NONE, MIN_MAX or STANDARD
 * @param score         definition of the score output
 * @param thresholds    tier cuts and working points from the weighted background validation scores
 * @param provenance    training data, seed, losses and software version
 */
public record ModelCard(
        int schemaVersion,
        String modelId,
        Features features,
        String selection,
        String architecture,
        String scaler,
        Score score,
        Thresholds thresholds,
        Provenance provenance) {

    /** Current version of the feature contract; bump when a field the features read changes meaning. */
    public static final int SCHEMA_VERSION = 1;
    /** Key of the card's JSON in the ONNX model's metadata_props. */
    public static final String ONNX_METADATA_KEY = "adtrigger.model_card";
    /** Anomaly tiers above 0: an event's tier is 0 to {@code TIERS} ({@link Thresholds#tierOf}). */
    public static final int TIERS = 3;

    public ModelCard {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(thresholds, "thresholds");
    }

    /**
     * Feature definition.
     *
     * @param rmmLayout   canonical RMM layout spec ({@code RmmLayout.spec()}, e.g. "T4N6655")
     * @param rmm         the RMM options the model was trained with (√s, C, half angle, E_T^miss threshold,
     *                    convention, and whether the training events carried the E_T^miss azimuth, which the
     *                    m_T cells [0][i] need: see {@link RmmOptions#metPhi()})
     * @param inputWidth  number of raw float cells per event fed to the ONNX input (layout size²)
     * @param keptCells   indices (row-major) of the cells the network sees, ascending; the others were
     *                    zero in every training event
     */
    public record Features(String rmmLayout, RmmOptions rmm, int inputWidth, int[] keptCells) {

        public Features {
            Objects.requireNonNull(rmm, "rmm");
        }

        /** Whether the model's m_T cells used the E_T^miss azimuth. */
        public boolean usesMetPhi() {
            return rmm.metPhi();
        }

        /**
         * Why events' E_T^miss azimuth is ignored by this model, or empty when it is used: said once by
         * whoever loads the model.
         */
        public java.util.Optional<String> metPhiNote() {
            return usesMetPhi() ? java.util.Optional.empty() : java.util.Optional.of("trained on events without "
                    + "the E_T^miss azimuth: its m_T cells [0][i] are 0 for every event and the metPhi of "
                    + "scored events is ignored");
        }

        /**
         * A builder of the RMM this model was trained on, for whoever scores with it (stream or evaluation).
         * Not thread-safe: one per thread.
         */
        public RmmBuilder newRmmBuilder() {
            return new RmmBuilder(RmmLayout.parse(rmmLayout), rmm);
        }
    }

    /**
     * @param definition   MSE or MAE of the reconstruction over the kept cells, in scaled space
     * @param includesKl   true when a VAE's KL term is added to the score
     * @param outputName   name of the per-event score output of the ONNX graph
     */
    public record Score(String definition, boolean includesKl, String outputName) {
    }

    /**
     * Thresholds derived from the weighted background validation scores.
     *
     * @param space              SCORE or LOG_SCORE: the space in which median and tiers were computed
     * @param median             weighted median m of the background score in that space
     * @param tierCuts           cuts t_1..t_{@value #TIERS} (t_i = m + i·|m|/5 in {@code space}, see
     *                           {@code core.stats.TierThresholds}) converted to score units, ascending, so an
     *                           event's tier ({@link #tierOf}) is the number of cuts its score is strictly above
     * @param tierPassFractions  weighted background fraction with tier ≥ i, i = 0..{@value #TIERS} ([0] = 1)
     * @param efficiencyPoints   cuts at fixed background efficiency (1e-2, 1e-3, 1e-4, ...)
     * @param crossSectionPoints cuts at fixed background cross section passing (10, 1, 0.1 pb)
     * @param backgroundQuantiles the background score's tail as a table, from which the stream places a cut at
     *                           any background efficiency, cross section or rate budget; null in cards written
     *                           before it (they serve tiers only)
     * @param expectedSpectra    the background's leading-mass spectra per tier level, as fractions; null in
     *                           cards written before them (a stream then reports observed spectra only)
     */
    public record Thresholds(String space, double median, double[] tierCuts, double[] tierPassFractions,
                             List<WorkingPoint> efficiencyPoints, List<WorkingPoint> crossSectionPoints,
                             BackgroundQuantiles backgroundQuantiles, ExpectedSpectra expectedSpectra) {

        /** Thresholds without expected spectra (cards written before them, tests). */
        public Thresholds(String space, double median, double[] tierCuts, double[] tierPassFractions,
                          List<WorkingPoint> efficiencyPoints, List<WorkingPoint> crossSectionPoints,
                          BackgroundQuantiles backgroundQuantiles) {
            this(space, median, tierCuts, tierPassFractions, efficiencyPoints, crossSectionPoints,
                    backgroundQuantiles, null);
        }

        /** The same thresholds with {@code spectra}. */
        public Thresholds withExpectedSpectra(ExpectedSpectra spectra) {
            return new Thresholds(space, median, tierCuts, tierPassFractions, efficiencyPoints, crossSectionPoints,
                    backgroundQuantiles, spectra);
        }

        /** Thresholds without the quantile table (cards written before it, tests). */
        public Thresholds(String space, double median, double[] tierCuts, double[] tierPassFractions,
                          List<WorkingPoint> efficiencyPoints, List<WorkingPoint> crossSectionPoints) {
            this(space, median, tierCuts, tierPassFractions, efficiencyPoints, crossSectionPoints, null, null);
        }

        /**
         * The tier of an event with this score, 0 to {@link #TIERS}: the number of tier cuts the score is strictly
         * above (the stream's tag, the evaluation's tiers). NaN gives 0.
         */
        public int tierOf(double score) {
            int tier = 0;
            while (tier < tierCuts.length && score > tierCuts[tier]) {
                tier++;
            }
            return tier;
        }

        /**
         * The lower edge of tier ≥ {@code tier} in score units: a score is in it exactly when strictly above
         * this cut ({@code tierOf(score) >= tier}); −∞ for tier 0, which holds every event.
         */
        public double cutOf(int tier) {
            if (tier < 0 || tier > tierCuts.length) {
                throw new IllegalArgumentException("tier must be 0.." + tierCuts.length + ", got " + tier);
            }
            return tier == 0 ? Double.NEGATIVE_INFINITY : tierCuts[tier - 1];
        }
    }

    /**
     * The weighted background validation scores' upper tail: for background efficiencies ε on a logarithmic
     * grid (see {@code core.trigger.BackgroundTail}), the cut that keeps ε of the background and the raw number
     * of validation events above it. The statistics behind every cut are here, so whoever picks an operating
     * point can refuse one the validation sample cannot support.
     *
     * @param events          raw background events in the validation split
     * @param effectiveEvents (Σw)²/Σw² of those events: the sample size a binomial error on ε uses (equals
     *                        {@code events} for equal weights)
     * @param crossSectionPb  the whole background's cross section Σw / L [pb], to turn a cross section into ε
     * @param rows            descending ε, ascending cut
     */
    public record BackgroundQuantiles(long events, double effectiveEvents, double crossSectionPb,
                                      List<QuantileRow> rows) {
    }

    /**
     * @param efficiency  weighted background fraction strictly above {@code cut}
     * @param cut         score cut
     * @param eventsAbove raw validation background events strictly above {@code cut}
     */
    public record QuantileRow(double efficiency, double cut, long eventsAbove) {
    }

    /**
     * @param target                 the background efficiency or the cross section in pb the cut was chosen for
     * @param cut                    score cut (a score strictly above it passes)
     * @param backgroundPassFraction weighted background fraction actually passing the cut: net Σw passing over
     *                               total Σw, negative weights included (so it may be negative)
     * @param meaningful             whether the point is statistically meaningful ({@code
     *                               core.stats.WorkingPoint#sufficientStatistics}: ≥ 10 background events above
     *                               the cut and a net passing weight above its √Σw²); null in older cards
     */
    public record WorkingPoint(double target, double cut, double backgroundPassFraction, Boolean meaningful) {

        /** A point whose statistics were not judged (cards written before the flag). */
        public WorkingPoint(double target, double cut, double backgroundPassFraction) {
            this(target, cut, backgroundPassFraction, null);
        }
    }

    /**
     * @param archives       training inputs with their SHA-256
     * @param seed           random seed of the split and initialisation
     * @param epochs         epochs run
     * @param trainLoss      final weighted training loss
     * @param validationLoss best weighted validation loss
     * @param trainEvents    events in the training split
     * @param validationEvents events in the validation split
     * @param luminosityPb   luminosity in pb⁻¹ the weights are normalised to
     * @param createdAt      ISO-8601 time of export
     * @param software       ADTrigger version that wrote the model
     */
    public record Provenance(List<Archive> archives, long seed, int epochs, double trainLoss,
                             double validationLoss, long trainEvents, long validationEvents,
                             double luminosityPb, String createdAt, String software) {
    }

    /** One training input file. */
    public record Archive(String path, String sha256, long events) {
    }
}
