package org.adtrigger.trainer.cli;

import java.util.List;
import org.adtrigger.trainer.study.Distortion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code adtrigger study dummy}: rows and columns of the RMM swapped in pairs. */
@Command(name = "dummy", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Swap a fraction of the RMM's rows, in random pairs and with their columns, in a random "
                + "subset of validation events and score them against the undistorted validation events.",
                "Default background: 100000 generated SM events (balanced mix); 5 epochs."})
final class DummyCommand extends DistortionCommand {
    @Option(names = "--fractions", split = ",", defaultValue = "0.1,0.25,0.5,1", paramLabel = "F",
            description = "Fractions of the rows swapped (default: ${DEFAULT-VALUE}).")
    List<Double> fractions;

    @Override
    Kind kind() {
        return new Kind("dummy", "RMM rows and columns swapped in pairs", "fraction of rows", Distortion::dummy,
                List.of("Each validation event is drawn into the subset with probability --subset. In a drawn "
                + "event, round(fraction × ⌊size/2⌋) random pairs of matrix indices (a, b) have row a swapped "
                + "with row b and column a with column b, as if the two objects had been written into each "
                + "other's slots. The background is every validation event, undistorted.",
                DistortionCommand.MASK_NOTE));
    }

    @Override
    List<Double> settings() {
        return fractions;
    }
}
