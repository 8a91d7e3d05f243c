package org.adtrigger.harness.soak;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Whether the app's memory held steady under constant load: the mean RSS over the first {@code window}
 * after the warm-up (the baseline) against the mean over the last {@code window} of the run. Means over a
 * window, not single readings, because RSS steps by whole allocator arenas between two readings.
 *
 * @param baselineRssBytes     mean RSS over [warm-up, warm-up + window) of the steady phase
 * @param endRssBytes          mean RSS over the steady phase's last window, (last reading − window, last reading]
 * @param growthPercent        (end − baseline) / baseline × 100
 * @param limitPercent         growth must stay below this to pass
 * @param baselineHeapAfterGc  mean heap after GC over the baseline window, bytes
 * @param endHeapAfterGc       mean heap after GC over the end window, bytes
 * @param maxBacklog           the most events waiting for the app at any reading after the warm-up
 * @param meanEventLagMs       mean of the readings' event lags after the warm-up (NaN readings skipped)
 * @param sentPerSecond        events sent per second after the warm-up: the load achieved, which falls short
 *                             of the one asked for when the load generator runs out of CPU
 * @param receivedPerSecond    events the app took in per second after the warm-up
 */
public record SoakVerdict(double baselineRssBytes, double endRssBytes, double growthPercent, double limitPercent,
                          double baselineHeapAfterGc, double endHeapAfterGc, long maxBacklog, double meanEventLagMs,
                          double sentPerSecond, double receivedPerSecond) {

    /**
     * @param steady    readings of the steady phase, in time order, {@code seconds} counted from its start
     * @param warmUp    readings before this are left out (JIT, store and buffer growth)
     * @param window    length of the baseline and end windows
     * @throws IllegalArgumentException when the phase is too short for both windows after the warm-up, or a
     *                                  window holds no reading
     */
    public static SoakVerdict of(List<SoakSample> steady, Duration warmUp, Duration window, double limitPercent) {
        double from = warmUp.toMillis() / 1e3;
        double width = window.toMillis() / 1e3;
        double last = steady.isEmpty() ? 0 : steady.get(steady.size() - 1).seconds();
        if (last < from + 2 * width) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the steady phase lasted %.0f s: too short for a %.0f s warm-up and two %.0f s windows", last, from, width));
        }
        List<SoakSample> baseline = where(steady, s -> s.seconds() >= from && s.seconds() < from + width, "in the baseline window");
        List<SoakSample> end = where(steady, s -> s.seconds() > last - width, "in the end window");
        List<SoakSample> afterWarmUp = where(steady, s -> s.seconds() >= from, "after the warm-up");
        double baselineRss = mean(baseline, SoakSample::rssBytes);
        double endRss = mean(end, SoakSample::rssBytes);
        return new SoakVerdict(baselineRss, endRss, (endRss - baselineRss) / baselineRss * 100.0, limitPercent,
                mean(baseline, SoakSample::heapAfterGcBytes), mean(end, SoakSample::heapAfterGcBytes),
                afterWarmUp.stream().mapToLong(SoakSample::backlog).max().orElse(0),
                afterWarmUp.stream().mapToDouble(SoakSample::eventLagMs).filter(x -> !Double.isNaN(x)).average().orElse(Double.NaN),
                perSecond(afterWarmUp, SoakSample::sent), perSecond(afterWarmUp, SoakSample::received));
    }

    /** The growth of a counter between the first and the last reading, per second; 0 with a single reading. */
    private static double perSecond(List<SoakSample> samples, ToDoubleFunction<SoakSample> counter) {
        SoakSample first = samples.get(0);
        SoakSample last = samples.get(samples.size() - 1);
        double seconds = last.seconds() - first.seconds();
        return seconds > 0 ? (counter.applyAsDouble(last) - counter.applyAsDouble(first)) / seconds : 0;
    }

    public boolean passed() {
        return growthPercent < limitPercent;
    }

    private static List<SoakSample> where(List<SoakSample> samples, Predicate<SoakSample> test, String what) {
        List<SoakSample> in = samples.stream().filter(test).toList();
        if (in.isEmpty()) {
            throw new IllegalArgumentException("no reading " + what + ": the readings are further apart than the window");
        }
        return in;
    }

    private static double mean(List<SoakSample> samples, ToDoubleFunction<SoakSample> value) {
        return samples.stream().mapToDouble(value).average().orElseThrow();
    }

    /** The verdict in a few lines, for the console and the summary file. */
    public String describe() {
        return String.format(Locale.ROOT, """
                RSS baseline %.1f MiB, end %.1f MiB: growth %+.2f %% (limit < %.1f %%): %s
                heap after GC: baseline %.1f MiB, end %.1f MiB
                after warm-up: %.0f events/s sent, %.0f events/s taken in, max backlog %d events, mean event lag %.1f ms""",
                SoakSample.mib((long) baselineRssBytes), SoakSample.mib((long) endRssBytes), growthPercent, limitPercent,
                passed() ? "PASS" : "FAIL", SoakSample.mib((long) baselineHeapAfterGc), SoakSample.mib((long) endHeapAfterGc),
                sentPerSecond, receivedPerSecond, maxBacklog, meanEventLagMs);
    }
}
