package org.adtrigger.streams.window;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.adtrigger.core.kinematics.LeadingMass;
import org.adtrigger.schema.MassSpectrum;
import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;

/**
 * The anomaly regions' m_ℓℓ spectrum as metrics, tiers 1..3, from each closed window of key ALL:
 * <ul>
 *   <li>{@code adtrigger.window.spectrum.observed} and {@code adtrigger.window.spectrum.expected}: gauges of
 *       the last closed window (NaN before the first, and expected NaN when the card has no spectra);</li>
 *   <li>{@code adtrigger.spectrum.observed} and {@code adtrigger.spectrum.expected}: counters summed over every
 *       closed window, from which a dashboard reads the spectrum of any time range ({@code increase} over it),
 *       which per-window gauges sampled by scrapes cannot give.</li>
 * </ul>
 * Labels: {@code mass} (mll), {@code tier} (1..3) and {@code bin}, the bin's low edge in GeV zero-padded to
 * four digits (so the bins sort in order) and {@code 3000+} for the overflow: 61 bins × 3 tiers per metric,
 * a bounded set. The underflow (a mass smearing made negative) is left out. m_jj and m_all stay in the
 * summaries only, to keep the series few.
 */
public final class WindowSpectrumMeters implements WindowListener {
    private static final LeadingMass MASS = LeadingMass.MLL;
    private static final int FIRST_TIER = 1;

    private final AtomicLong[][] observed = new AtomicLong[WindowTally.LEVELS][];
    private final AtomicLong[][] expected = new AtomicLong[WindowTally.LEVELS][];
    private final Counter[][] observedTotal = new Counter[WindowTally.LEVELS][];
    private final Counter[][] expectedTotal = new Counter[WindowTally.LEVELS][];

    public WindowSpectrumMeters(MeterRegistry registry) {
        for (int tier = FIRST_TIER; tier < WindowTally.LEVELS; tier++) {
            observed[tier] = new AtomicLong[MASS.slots()];
            expected[tier] = new AtomicLong[MASS.slots()];
            observedTotal[tier] = new Counter[MASS.slots()];
            expectedTotal[tier] = new Counter[MASS.slots()];
            for (int slot = 1; slot < MASS.slots(); slot++) {
                String[] tags = {"mass", MASS.id(), "tier", Integer.toString(tier), "bin", binLabel(slot)};
                observed[tier][slot] = nan();
                expected[tier][slot] = nan();
                gauge("adtrigger.window.spectrum.observed", "Events of the last closed window in the bin, tier >= tier",
                        observed[tier][slot], tags, registry);
                gauge("adtrigger.window.spectrum.expected", "Background the model card expects in the bin in the last "
                        + "closed window, tier >= tier", expected[tier][slot], tags, registry);
                observedTotal[tier][slot] = Counter.builder("adtrigger.spectrum.observed").tags(tags)
                        .description("Events in the bin, tier >= tier, summed over closed windows").register(registry);
                expectedTotal[tier][slot] = Counter.builder("adtrigger.spectrum.expected").tags(tags)
                        .description("Background expected in the bin, tier >= tier, summed over closed windows")
                        .register(registry);
            }
        }
    }

    /** {@code 0000} .. {@code 2950} for the bins, {@code 3000+} for the overflow. */
    static String binLabel(int slot) {
        if (slot == MASS.slots() - 1) {
            return String.format(Locale.ROOT, "%04.0f+", MASS.high());
        }
        return String.format(Locale.ROOT, "%04.0f", MASS.low() + (slot - 1) * (MASS.high() - MASS.low()) / MASS.bins());
    }

    @Override
    public void onWindowClosed(WindowSummary summary) {
        if (summary.getKeyType() != WindowKeyType.ALL) {
            return;
        }
        for (MassSpectrum s : summary.getSpectra()) {
            if (!s.getMass().equals(MASS.id()) || s.getTier() < FIRST_TIER || s.getTier() >= WindowTally.LEVELS
                    || s.getObserved().size() != MASS.slots()) {
                continue;
            }
            int tier = s.getTier();
            boolean known = s.getExpected().size() == MASS.slots();
            for (int slot = 1; slot < MASS.slots(); slot++) {
                long n = s.getObserved().get(slot);
                set(observed[tier][slot], n);
                observedTotal[tier][slot].increment(n);
                double b = known ? s.getExpected().get(slot) : Double.NaN;
                set(expected[tier][slot], b);
                if (known) {
                    expectedTotal[tier][slot].increment(b);
                }
            }
        }
    }

    private static void gauge(String name, String description, AtomicLong bits, String[] tags, MeterRegistry registry) {
        Gauge.builder(name, bits, b -> Double.longBitsToDouble(b.get())).description(description).tags(tags)
                .strongReference(true).register(registry);
    }

    private static AtomicLong nan() {
        return new AtomicLong(Double.doubleToLongBits(Double.NaN));
    }

    private static void set(AtomicLong bits, double value) {
        bits.set(Double.doubleToLongBits(value));
    }
}
