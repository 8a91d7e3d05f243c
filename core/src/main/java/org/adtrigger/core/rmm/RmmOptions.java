package org.adtrigger.core.rmm;

import java.util.Objects;

/**
 * Numerical choices of an RMM that are not part of its layout. Immutable; change one with a wither.
 * Trainer and stream must use equal options (the model card records them).
 *
 * @param sqrtS        centre-of-mass energy in GeV that energies and masses are divided by (ADFILTER);
 *                     fixed per model, so the event's own √s field is not used
 * @param c            the factor C in C·(cosh(y) − 1) and C·(cosh(Δy/2) − 1)
 * @param halfAngle    lower triangle with cosh(Δy/2) as the ATLAS code does (true), or cosh(Δy) as the RMM
 *                     papers write (false)
 * @param metThreshold E_T^miss strictly below this many GeV is treated as 0 everywhere; 0 turns it off
 * @param convention   ADFILTER or THESIS cell definitions
 * @param metPhi       whether the azimuth of E_T^miss is used: only the ADFILTER first-row cells [0][i] (the
 *                     transverse masses) need it. False for inputs that do not record it (an event's
 *                     {@code metPhi} is NaN there): those cells are then 0 for every event, whatever φ an
 *                     event carries, so a model trained without φ sees the same cells when scoring events
 *                     with φ. True (the default) refuses an event without φ.
 */
public record RmmOptions(double sqrtS, double c, boolean halfAngle, double metThreshold, RmmConvention convention,
        boolean metPhi) {

    /** √s = 13 000 GeV, C = 0.15, half angle, E_T^miss below 30 GeV zeroed, ADFILTER conventions, φ used. */
    public static final RmmOptions DEFAULTS = new RmmOptions(13000.0, 0.15, true, 30.0, RmmConvention.ADFILTER);

    /** Options that use the E_T^miss azimuth. */
    public RmmOptions(double sqrtS, double c, boolean halfAngle, double metThreshold, RmmConvention convention) {
        this(sqrtS, c, halfAngle, metThreshold, convention, true);
    }

    public RmmOptions {
        if (!(sqrtS > 0.0) || Double.isInfinite(sqrtS)) {
            throw new IllegalArgumentException("sqrtS must be a positive number of GeV, got " + sqrtS);
        }
        if (!(c > 0.0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("C must be positive and finite, got " + c);
        }
        if (!(metThreshold >= 0.0) || Double.isInfinite(metThreshold)) {
            throw new IllegalArgumentException("metThreshold must be >= 0 GeV and finite, got " + metThreshold);
        }
        Objects.requireNonNull(convention, "convention");
    }

    public RmmOptions withSqrtS(double value) {
        return new RmmOptions(value, c, halfAngle, metThreshold, convention, metPhi);
    }

    public RmmOptions withC(double value) {
        return new RmmOptions(sqrtS, value, halfAngle, metThreshold, convention, metPhi);
    }

    public RmmOptions withHalfAngle(boolean value) {
        return new RmmOptions(sqrtS, c, value, metThreshold, convention, metPhi);
    }

    public RmmOptions withMetThreshold(double value) {
        return new RmmOptions(sqrtS, c, halfAngle, value, convention, metPhi);
    }

    public RmmOptions withConvention(RmmConvention value) {
        return new RmmOptions(sqrtS, c, halfAngle, metThreshold, value, metPhi);
    }

    public RmmOptions withMetPhi(boolean value) {
        return new RmmOptions(sqrtS, c, halfAngle, metThreshold, convention, value);
    }
}
