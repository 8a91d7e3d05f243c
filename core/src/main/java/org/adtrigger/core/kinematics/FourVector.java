package org.adtrigger.core.kinematics;

/**
 * Immutable Lorentz four-vector (px, py, pz, E) in GeV. Conventions are those of {@link Kinematics}.
 * Use it where clarity beats allocation (generation, selection, summaries); the RMM builder works on
 * primitives instead.
 */
public record FourVector(double px, double py, double pz, double e) {

    public static final FourVector ZERO = new FourVector(0, 0, 0, 0);

    /** From detector coordinates with the energy as given. */
    public static FourVector ofPtEtaPhiE(double pt, double eta, double phi, double e) {
        return new FourVector(Kinematics.px(pt, phi), Kinematics.py(pt, phi), Kinematics.pz(pt, eta), e);
    }

    /** From detector coordinates and a mass: E = √(|p|² + m²). */
    public static FourVector ofPtEtaPhiM(double pt, double eta, double phi, double m) {
        double p = Kinematics.p(pt, eta);
        return ofPtEtaPhiE(pt, eta, phi, Math.sqrt(p * p + m * m));
    }

    /**
     * From transverse momentum, true rapidity y, azimuth and mass: with m_T = √(pT² + m²),
     * E = m_T cosh y and pz = m_T sinh y. This is how a produced system is placed in the lab.
     */
    public static FourVector ofPtRapidityPhiM(double pt, double y, double phi, double m) {
        double mt = Math.sqrt(pt * pt + m * m);
        return new FourVector(Kinematics.px(pt, phi), Kinematics.py(pt, phi), mt * Math.sinh(y),
                mt * Math.cosh(y));
    }

    /** A vector of mass m and momentum p along the direction (θ, φ) in spherical coordinates. */
    public static FourVector ofMomentumAndAngles(double p, double cosTheta, double phi, double m) {
        double sinTheta = Math.sqrt(Math.max(0.0, 1.0 - cosTheta * cosTheta));
        return new FourVector(p * sinTheta * Math.cos(phi), p * sinTheta * Math.sin(phi), p * cosTheta,
                Math.sqrt(p * p + m * m));
    }

    public double pt() {
        return Math.hypot(px, py);
    }

    public double p() {
        return Math.sqrt(px * px + py * py + pz * pz);
    }

    public double eta() {
        return Kinematics.eta(px, py, pz);
    }

    public double phi() {
        return Kinematics.phi(px, py);
    }

    public double rapidity() {
        return Kinematics.rapidity(e, pz);
    }

    public double mass2() {
        return Kinematics.mass2(e, px, py, pz);
    }

    /** Signed mass, see {@link Kinematics#signedMass(double)}. */
    public double mass() {
        return Kinematics.signedMass(mass2());
    }

    public double et() {
        return Kinematics.et(e, pt(), p());
    }

    public FourVector plus(FourVector o) {
        return new FourVector(px + o.px, py + o.py, pz + o.pz, e + o.e);
    }

    public FourVector minus(FourVector o) {
        return new FourVector(px - o.px, py - o.py, pz - o.pz, e - o.e);
    }

    public FourVector times(double factor) {
        return new FourVector(px * factor, py * factor, pz * factor, e * factor);
    }

    public double deltaR(FourVector o) {
        return Kinematics.deltaR(eta(), phi(), o.eta(), o.phi());
    }

    /** Transverse mass with the missing momentum, see {@link Kinematics#transverseMass}. */
    public double transverseMass(double met, double metPhi) {
        return Kinematics.transverseMass(et(), px, py, met, metPhi);
    }

    /** Lorentz boost by velocity (bx, by, bz), |β| < 1. */
    public FourVector boost(double bx, double by, double bz) {
        double b2 = bx * bx + by * by + bz * bz;
        if (b2 == 0.0) {
            return this;
        }
        double gamma = 1.0 / Math.sqrt(1.0 - b2);
        double bp = bx * px + by * py + bz * pz;
        double gamma2 = (gamma - 1.0) / b2;
        return new FourVector(
                px + gamma2 * bp * bx + gamma * bx * e,
                py + gamma2 * bp * by + gamma * by * e,
                pz + gamma2 * bp * bz + gamma * bz * e,
                gamma * (e + bp));
    }

    /** Boost from the rest frame of {@code parent} to the frame in which {@code parent} is given. */
    public FourVector boostedBy(FourVector parent) {
        return boost(parent.px / parent.e, parent.py / parent.e, parent.pz / parent.e);
    }
}
