package org.adtrigger.streams.demo;

import java.util.List;
import java.util.Map;

import org.adtrigger.core.stats.Significance;
import org.adtrigger.core.trigger.AcceptPull;
import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;

/** Window summaries as the topology makes them for unlabeled events, built from counts and pass fractions. */
final class Windows {
    static final double[] PASS = {1.0, 0.4, 0.2, 0.1};

    private Windows() {
    }

    /**
     * A 5 s ALL window from {@code startMs} with {@code n} events, of which tier ≥ 1, 2, 3 as given; the operating
     * point is tier 3: accepted t3 against 0.1·n, no card error.
     */
    static WindowSummary all(long startMs, long n, long t1, long t2, long t3) {
        return window(WindowKeyType.ALL, "all", startMs, n, t1, t2, t3);
    }

    static WindowSummary window(WindowKeyType type, String key, long startMs, long n, long t1, long t2, long t3) {
        List<Long> counts = List.of(n, t1, t2, t3);
        List<Double> b = List.of(PASS[0] * n, PASS[1] * n, PASS[2] * n, PASS[3] * n);
        List<Double> s = List.of(0.0, t1 - b.get(1), t2 - b.get(2), t3 - b.get(3));
        List<Double> z = List.of(0.0, 1.0, 2.0, Significance.simple(s.get(3), b.get(3)).z());
        List<Double> asimov = List.of(0.0, 1.0, 2.0, Significance.asimov(s.get(3), b.get(3)).z());
        List<Double> w = List.of((double) n, (double) t1, (double) t2, (double) t3);
        return WindowSummary.newBuilder().setWindowStartMs(startMs).setWindowEndMs(startMs + 5000)
                .setKeyType(type).setKey(key).setCounts(counts).setSumW(w).setSumW2(w)
                .setExpectedBackground(b).setObservedSignal(s).setZ(z).setAsimovZ(asimov)
                .setRateHz(n / 5.0).setScoreQuantiles(Map.of("p50", 0.1)).setAccepted(t3).setExpectedAccepted(b.get(3))
                .setExpectedAcceptedCardError(0.0).setAcceptPull(new AcceptPull(t3, b.get(3), 0.0).pull()).build();
    }
}
