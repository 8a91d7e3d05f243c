package org.adtrigger.trainer.cli;

import java.util.List;
import org.adtrigger.trainer.study.Distortion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code adtrigger study shuffle}: RMM cells permuted within events. */
@Command(name = "shuffle", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Permute a fraction of the RMM cells of a random subset of validation events among "
                + "themselves and score them against the undistorted validation events.",
                "Default background: 100000 generated SM events (balanced mix); 5 epochs."})
final class ShuffleCommand extends DistortionCommand {
    @Option(names = "--fractions", split = ",", defaultValue = "0.05,0.1,0.25,0.5,1", paramLabel = "F",
            description = "Fractions of the cells that take part in the permutation (default: ${DEFAULT-VALUE}).")
    List<Double> fractions;

    @Override
    Kind kind() {
        return new Kind("shuffle", "RMM cells permuted within events", "fraction of cells", Distortion::shuffle,
                List.of("Each validation event is drawn into the subset with probability --subset. In a drawn "
                + "event, round(fraction × cells) positions of the matrix (any of the size² cells, chosen anew per "
                + "event) exchange their values by a random permutation; the values themselves are kept, only "
                + "their places change. The background is every validation event, undistorted.",
                DistortionCommand.MASK_NOTE));
    }

    @Override
    List<Double> settings() {
        return fractions;
    }
}
