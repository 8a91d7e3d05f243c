package org.adtrigger.streams.cli;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.adtrigger.streams.replay.ReplayListener;

/** Shows a replay's events sent, events/s and injected count on stderr. */
final class ReplayProgressBar implements ReplayListener, AutoCloseable {
    private final ProgressBar bar;

    /** @param maxEvents the expected total, or −1 when unknown (the bar then just counts) */
    ReplayProgressBar(long maxEvents, PrintStream err) {
        bar = new ProgressBarBuilder().setTaskName("replay").setInitialMax(maxEvents).setUnit(" ev", 1)
                .showSpeed().setSpeedUnit(ChronoUnit.SECONDS)
                .setConsumer(new ConsoleProgressBarConsumer(err)).setUpdateIntervalMillis(250).build();
    }

    @Override
    public void progress(long sent, long injected) {
        bar.stepTo(sent);
        if (injected > 0) {
            bar.setExtraMessage(injected + " injected");
        }
    }

    @Override
    public void close() {
        bar.close();
    }
}
