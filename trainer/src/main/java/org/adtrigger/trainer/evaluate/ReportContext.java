package org.adtrigger.trainer.evaluate;

import java.util.List;
import org.adtrigger.core.model.ModelCard;

/**
 * Where a report's numbers come from: the model, the inputs, the corrections applied to the weights and the
 * command that made it.
 *
 * @param modelFile           the ONNX file evaluated
 * @param modelSha256         its SHA-256
 * @param card                its model card (thresholds, selection, RMM, training provenance)
 * @param commandLine         the arguments of the command
 * @param createdAt           ISO-8601 time the report was made
 * @param software            ADTrigger version
 * @param luminosityPb        luminosity the report's yields are quoted at, pb⁻¹
 * @param weightLuminosityPb  luminosity the archives' weights are normalised to, pb⁻¹ (from the card)
 * @param validationFraction  share of the background in the validation split; background weights are divided
 *                            by it so that b is the full expected background
 * @param background          background archives (validation split only)
 * @param signals             signal archives (every event)
 * @param scoringSeconds      wall time spent reading, selecting and scoring
 */
public record ReportContext(String modelFile, String modelSha256, ModelCard card, List<String> commandLine,
                            String createdAt, String software, double luminosityPb, double weightLuminosityPb,
                            double validationFraction, List<InputArchive> background, List<InputArchive> signals,
                            double scoringSeconds) {

    /**
     * @param path          the file
     * @param sha256        its SHA-256
     * @param records       records read (before split and selection)
     * @param selected      events scored (after split and selection)
     * @param usedInTraining whether the card lists this file (same SHA-256) among its training archives
     */
    public record InputArchive(String path, String sha256, long records, long selected, boolean usedInTraining) {
    }
}
