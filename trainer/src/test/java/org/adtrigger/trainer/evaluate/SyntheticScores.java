package org.adtrigger.trainer.evaluate;

/** Hand-made scored samples for the metric tests. */
final class SyntheticScores {
    private SyntheticScores() {
    }

    /** n events of {@code sample}: scores {@code first + i·step}, E_T^miss {@code met}, weight {@code weight}. */
    static ScoredEvents linear(String sample, int n, double first, double step, double met, double weight) {
        ScoredEvents events = new ScoredEvents();
        append(events, sample, n, first, step, met, weight);
        return events;
    }

    static void append(ScoredEvents events, String sample, int n, double first, double step, double met,
                       double weight) {
        for (int i = 0; i < n; i++) {
            events.add(sample, weight, first + i * step, met);
        }
    }
}
