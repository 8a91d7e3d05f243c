package org.adtrigger.trainer.api;

import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import org.adtrigger.trainer.train.EpochReport;
import org.adtrigger.trainer.train.TrainingListener;

/**
 * Shows training on stderr: while an epoch runs, an optional progress bar (events, events/s, ETA, the last
 * losses); after each epoch, one line with its losses and throughput, which stays in logs where a bar
 * would not.
 */
final class TrainingProgress implements TrainingListener {
    private final PrintWriter err;
    private final boolean showBar;
    private final int maxEpochs;
    private long eventsPerEpoch = -1;
    private ProgressBar bar;
    private String lastLosses = "";

    /**
     * @param showBar whether to draw a bar (on a terminal); the epoch lines are printed either way
     */
    TrainingProgress(PrintWriter err, boolean showBar, int maxEpochs) {
        this.err = err;
        this.showBar = showBar;
        this.maxEpochs = maxEpochs;
    }

    /** The number of training events per epoch, when known, lets the bar show a percentage and an ETA. */
    void expectEventsPerEpoch(long events) {
        eventsPerEpoch = events;
    }

    @Override
    public void onBatch(int epoch, long eventsSoFar) {
        if (!showBar) {
            return;
        }
        if (bar == null) {
            bar = EventProgressBar.start("epoch " + epoch + "/" + maxEpochs, eventsPerEpoch);
            bar.setExtraMessage(lastLosses);
        }
        bar.stepTo(eventsSoFar);
    }

    @Override
    public void onEpoch(EpochReport report) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        lastLosses = String.format(Locale.ROOT, " train %.4g val %.4g", report.trainingLoss(),
                report.validationLoss());
        eventsPerEpoch = report.trainingEvents();
        err.printf(Locale.ROOT, "epoch %d/%d: training loss %.5g, validation loss %.5g%s, %d events in %.1f s"
                        + " (%.0f events/s), validation %.1f s%n", report.epoch(), maxEpochs,
                report.trainingLoss(), report.validationLoss(), report.improved() ? " (best)" : "",
                report.trainingEvents(), report.trainingSeconds(), report.eventsPerSecond(),
                report.validationSeconds());
        err.flush();
    }
}
