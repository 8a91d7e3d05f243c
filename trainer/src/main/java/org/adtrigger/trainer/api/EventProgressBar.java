package org.adtrigger.trainer.api;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** The trainer commands' progress bars: on stderr (stdout carries the results), counting events, with speed. */
public final class EventProgressBar {
    private static final int UPDATE_MILLIS = 250;

    private EventProgressBar() {
    }

    /**
     * @param max events expected, or −1 when unknown (the bar then shows the count and speed without ETA)
     */
    public static ProgressBar start(String task, long max) {
        return start(task, max, " ev");
    }

    /** A bar counting something other than events, e.g. pseudo-experiments ({@code unit} " toys"). */
    public static ProgressBar start(String task, long max, String unit) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(unit, 1).showSpeed()
                .setUpdateIntervalMillis(UPDATE_MILLIS).setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
    }
}
