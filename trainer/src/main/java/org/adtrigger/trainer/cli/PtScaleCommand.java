package org.adtrigger.trainer.cli;

import java.util.List;
import org.adtrigger.trainer.study.Distortion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code adtrigger study pt-scale}: the leading electron and muon made harder by a factor. */
@Command(name = "pt-scale", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scale pT and E of the leading electron and leading muon of a random subset of validation "
                + "events (η, φ kept; RMM rebuilt) and score them against the undistorted validation events.",
                "Default background: 100000 generated SM events (balanced mix); 5 epochs."})
final class PtScaleCommand extends DistortionCommand {
    @Option(names = "--factors", split = ",", defaultValue = "1.5,3,5,7,10", paramLabel = "F",
            description = "Scale factors (default: ${DEFAULT-VALUE}).")
    List<Double> factors;

    @Override
    Kind kind() {
        return new Kind("pt-scale", "leading electron and muon pT × factor", "pT factor", Distortion::ptScale,
                List.of("Each validation event is drawn into the subset with probability --subset; a drawn event "
                + "with an electron or a muon gets its leading electron and its leading muon scaled (pT and E × "
                + "factor, η and φ kept; MET and every other object unchanged) and its RMM rebuilt, so the E_T, "
                + "transverse-mass, invariant-mass and E_T-imbalance cells of the leptons all move. Drawn events "
                + "without a lepton are left out of the signal (the 'drawn' and 'distorted' columns differ by "
                + "them). The background is every validation event, undistorted."));
    }

    @Override
    List<Double> settings() {
        return factors;
    }
}
