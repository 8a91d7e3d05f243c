package org.adtrigger.trainer.tune;

import org.adtrigger.core.io.AtomicOutput;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adtrigger.trainer.arch.ModelKind;

/** {@code leaderboard.json}: how the search was set up, its rungs, and every trial best first. */
public final class Leaderboard {
    private Leaderboard() {
    }

    /** @param search the command's settings as given (archives, layout, seed, ...), written as they are */
    public static void write(Path file, Object search, SearchSpace space, HyperparameterSearch.Result result)
            throws IOException {
        List<Trial> trials = new ArrayList<>();
        for (int rank = 0; rank < result.ranking().size(); rank++) {
            trials.add(Trial.of(rank + 1, result.ranking().get(rank)));
        }
        Document document = new Document(search, space, result.schedule().rungs(),
                new Signal(result.signalTraining(), result.signalValidation()), trials.get(0), trials);
        AtomicOutput.write(file, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(document));
    }

    record Document(Object search, SearchSpace space, List<HalvingSchedule.Rung> rungs, Signal signalEventsIgnored,
                    Trial best, List<Trial> trials) {
    }

    /** SIGNAL-labelled events left out of each split, per pass (they never reach training or ranking). */
    record Signal(long training, long validation) {
    }

    /**
     * @param validationLoss the loss it was ranked by; null for a failed trial
     * @param trainArguments the {@code adtrigger train} options that reproduce the configuration
     */
    record Trial(int rank, int trial, String spec, String trainArguments, boolean variational, List<Integer> encoder,
                 int latent, String activation, double learningRate, String scaler, Double validationLoss,
                 List<TrialRecord.RungResult> rungs, String failure) {
        static Trial of(int rank, TrialRecord<TrialConfig> record) {
            TrialConfig c = record.config();
            double loss = record.loss();
            return new Trial(rank, record.id(), c.spec(), c.trainArguments(), c.kind() == ModelKind.VARIATIONAL,
                    c.encoder(), c.latent(), c.activation().specName(), c.learningRate(), c.scalerName(),
                    Double.isFinite(loss) ? loss : null, record.rungs(), record.failure().orElse(null));
        }
    }
}
