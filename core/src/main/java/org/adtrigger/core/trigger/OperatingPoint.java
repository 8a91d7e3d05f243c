package org.adtrigger.core.trigger;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adtrigger.core.model.ModelCard;

/**
 * Where the event filter cuts, as an operator states it:
 * <ul>
 *   <li>{@code tier:N} (N = 0..3): the seed thesis' tiers, score above t_N = m + N·m/5 (tier 0 keeps everything);</li>
 *   <li>{@code 1e-3}: a background efficiency ε_B in (0, 1);</li>
 *   <li>{@code 1pb} (also {@code fb}, {@code nb}): a background cross section let through;</li>
 *   <li>{@code 20Hz} (also {@code kHz}): a rate budget, the cut that keeps that rate of background at the
 *       measured input rate (ε_B = budget / input rate, re-derived as the input rate changes).</li>
 * </ul>
 * {@link CardCuts} turns one into a score cut with the statistics of the model card behind it.
 */
public sealed interface OperatingPoint {

    /** The spelling {@link #parse} reads back. */
    String spec();

    /** Tier ≥ {@code tier}. */
    record Tier(int tier) implements OperatingPoint {
        public Tier {
            if (tier < 0 || tier > ModelCard.TIERS) {
                throw new IllegalArgumentException("tier must be 0.." + ModelCard.TIERS + ", got " + tier);
            }
        }

        @Override
        public String spec() {
            return "tier:" + tier;
        }
    }

    /** Background efficiency ε_B, 0 &lt; ε_B &lt; 1. */
    record Efficiency(double efficiency) implements OperatingPoint {
        public Efficiency {
            if (!(efficiency > 0.0 && efficiency < 1.0)) {
                throw new IllegalArgumentException("background efficiency must be in (0, 1), got " + efficiency);
            }
        }

        @Override
        public String spec() {
            return String.format(Locale.ROOT, "%.3g", efficiency);
        }
    }

    /** Background cross section let through [pb], &gt; 0. */
    record CrossSection(double pb) implements OperatingPoint {
        public CrossSection {
            if (!(pb > 0.0 && Double.isFinite(pb))) {
                throw new IllegalArgumentException("cross section must be positive, got " + pb + " pb");
            }
        }

        @Override
        public String spec() {
            return String.format(Locale.ROOT, "%.3gpb", pb);
        }
    }

    /** Background rate to keep [Hz], &gt; 0. */
    record RateBudget(double hz) implements OperatingPoint {
        public RateBudget {
            if (!(hz > 0.0 && Double.isFinite(hz))) {
                throw new IllegalArgumentException("rate budget must be positive, got " + hz + " Hz");
            }
        }

        @Override
        public String spec() {
            return String.format(Locale.ROOT, "%.4gHz", hz);
        }
    }

    Pattern TIER = Pattern.compile("tier:?([0-9]+)");
    Pattern WITH_UNIT = Pattern.compile("([0-9.]+(?:e[-+]?[0-9]+)?)\\s*(fb|pb|nb|hz|khz)");
    Pattern NUMBER = Pattern.compile("[0-9.]+(?:e[-+]?[0-9]+)?");

    /**
     * Reads {@code tier:1}, {@code 1e-3}, {@code 1pb}, {@code 20Hz} (case-insensitive).
     *
     * @throws IllegalArgumentException with one line saying what was expected
     */
    static OperatingPoint parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        try {
            Matcher m = TIER.matcher(s);
            if (m.matches()) {
                return new Tier(Integer.parseInt(m.group(1)));
            }
            m = WITH_UNIT.matcher(s);
            if (m.matches()) {
                double value = Double.parseDouble(m.group(1));
                return switch (m.group(2)) {
                    case "fb" -> new CrossSection(value * 1e-3);
                    case "pb" -> new CrossSection(value);
                    case "nb" -> new CrossSection(value * 1e3);
                    case "hz" -> new RateBudget(value);
                    default -> new RateBudget(value * 1e3);
                };
            }
            if (NUMBER.matcher(s).matches()) {
                return new Efficiency(Double.parseDouble(s));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("operating point '" + text + "': " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("operating point '" + text + "' is none of tier:N (N = 0..3), a background "
                + "efficiency such as 1e-3, a cross section such as 1pb, or a rate budget such as 20Hz");
    }
}
