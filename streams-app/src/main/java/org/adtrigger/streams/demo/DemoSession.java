package org.adtrigger.streams.demo;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.adtrigger.streams.replay.Injection;
import org.adtrigger.streams.replay.Replay;
import org.adtrigger.streams.replay.ReplayListener;
import org.adtrigger.streams.replay.ReplayPoint;
import org.adtrigger.streams.replay.ReplaySummary;
import org.adtrigger.streams.window.WindowListener;

/**
 * The demo beside the stream: replays the {@link DemoPlan} into the input topic on a thread of its own,
 * feeds the burst's begin and end to the {@link LiveTable}, and on stop waits for the last windows to close
 * and be printed, then prints what was sent and the {@link DemoTotals}.
 */
public final class DemoSession {
    private final DemoPlan plan;
    private final LiveTable table;
    private final PrintWriter out;
    private final Duration drainBound;

    /**
     * @param drainBound how long, after the replay stops, the last windows may take to close: window +
     *                   grace + idle close, with some slack for the commit that emits them
     */
    public DemoSession(DemoPlan plan, LiveTable table, PrintWriter out, Duration drainBound) {
        this.plan = plan;
        this.table = table;
        this.out = out;
        this.drainBound = drainBound;
    }

    public WindowListener windowListener() {
        return table;
    }

    /**
     * Starts the replay.
     *
     * @param fail told the reason when the replay fails, so the whole demo stops
     * @return stops the replay, waits for it and for the windows holding its last events to be printed
     *         (at most the drain bound), then prints the summary
     */
    public AutoCloseable start(String bootstrapServers, String eventsTopic, String httpBase, Consumer<String> fail) {
        Replay replay = Replay.builder()
                .archives(plan.background()).loop(true)
                .bootstrapServers(bootstrapServers).topic(eventsTopic)
                .rate(plan.rateHz()).asData(true)
                .inject(new Injection(plan.signal(), plan.fraction(), ReplayPoint.after(plan.burstStart()),
                        ReplayPoint.after(plan.burstEnd())))
                .listener(new ReplayListener() {
                    @Override
                    public void injectionChanged(Injection injection, boolean active, long timestampMillis) {
                        table.burstChanged(active, timestampMillis);
                    }
                })
                .build();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<ReplaySummary> sent = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                ReplaySummary summary = replay.run(stop::get);
                sent.set(summary);
                if (summary.failure() != null) {
                    fail.accept("replay failed: " + summary.failure());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                fail.accept("replay failed: " + e.getMessage());
            }
        }, "adtrigger-replay");
        out.println("metrics at " + httpBase + "/metrics");
        out.println(plan.describe());
        out.flush();
        thread.start();
        return () -> {
            stop.set(true);
            thread.join();
            // Timestamps are the wall clock at send, so no event sent is later than now.
            table.awaitWindowsUpTo(System.currentTimeMillis(), drainBound);
            printSummary(sent.get());
        };
    }

    private void printSummary(ReplaySummary sent) {
        out.println();
        if (sent != null) {
            out.println(String.format(Locale.ROOT, "replay: %d events sent in %.1f s (%.0f/s), %d of them signal",
                    sent.events(), sent.seconds(), sent.eventsPerSecond(), sent.injected()));
        }
        table.totals().summary().forEach(out::println);
        out.flush();
    }
}
