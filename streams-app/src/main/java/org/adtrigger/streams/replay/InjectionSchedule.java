package org.adtrigger.streams.replay;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides, event by event, whether a background event is replaced by signal. Each open injection window
 * draws from one seeded random sequence, so a replay whose windows are counted in events picks the same
 * events every time; windows counted in seconds depend on how fast the events went out.
 *
 * <p>When windows overlap, the injections are tried in order and the first whose draw succeeds wins.
 */
final class InjectionSchedule {
    private final List<Injection> injections;
    private final boolean[] active;
    private final SplittableRandom random;
    private final ReplayListener listener;

    InjectionSchedule(List<Injection> injections, long seed, ReplayListener listener) {
        this.injections = List.copyOf(injections);
        this.active = new boolean[this.injections.size()];
        this.random = new SplittableRandom(seed);
        this.listener = listener;
    }

    /**
     * @param index           0-based number of the event about to be sent
     * @param elapsedNanos    time since the replay began
     * @param timestampMillis the record timestamp it will carry, passed on to the listener
     * @return the index of the injection whose signal replaces this event, or −1 to send the background
     */
    int pick(long index, long elapsedNanos, long timestampMillis) {
        int chosen = -1;
        for (int i = 0; i < active.length; i++) {
            Injection injection = injections.get(i);
            boolean now = injection.activeAt(index, elapsedNanos);
            if (now != active[i]) {
                active[i] = now;
                listener.injectionChanged(injection, now, timestampMillis);
            }
            if (now && chosen < 0 && random.nextDouble() < injection.fraction()) {
                chosen = i;
            }
        }
        return chosen;
    }
}
