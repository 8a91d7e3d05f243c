package org.adtrigger.core.kinematics;

/**
 * Pure kinematic functions on primitive components, so hot paths (the RMM builder) can use them without
 * allocating. Conventions: GeV, radians, metric (+,-,-,-), four-vector (px, py, pz, E).
 *
 * <ul>
 *   <li>px = pT cos φ, py = pT sin φ, pz = pT sinh η; E is taken as given (not recomputed from a mass).</li>
 *   <li>Rapidity is the true rapidity y = ½ ln((E + pz)/(E − pz)), not the pseudorapidity η.</li>
 *   <li>Transverse energy E_T = E · pT / |p| (ROOT's {@code TLorentzVector::Et()}).</li>
 * </ul>
 */
public final class Kinematics {
    private Kinematics() {
    }

    public static double px(double pt, double phi) {
        return pt * Math.cos(phi);
    }

    public static double py(double pt, double phi) {
        return pt * Math.sin(phi);
    }

    public static double pz(double pt, double eta) {
        return pt * Math.sinh(eta);
    }

    /** |p| of an object given pT and η: pT cosh η. */
    public static double p(double pt, double eta) {
        return pt * Math.cosh(eta);
    }

    /**
     * True rapidity. Returns ±∞ when |pz| ≥ E would make the logarithm undefined (unphysical input);
     * callers that need a finite value must guard. E = |pz| = 0 gives 0.
     */
    public static double rapidity(double e, double pz) {
        if (e == 0.0 && pz == 0.0) {
            return 0.0;
        }
        return 0.5 * Math.log((e + pz) / (e - pz));
    }

    /**
     * Rapidity where it is defined, else the pseudorapidity: detector smearing can leave E ≤ |pz|, where the
     * true rapidity is infinite or undefined, and η is then the closest finite stand-in (equal to y for a
     * massless object).
     */
    public static double rapidityOrEta(double e, double pz, double eta) {
        return e > Math.abs(pz) ? rapidity(e, pz) : eta;
    }

    /** Pseudorapidity from momentum components; 0 for a vector with no momentum. */
    public static double eta(double px, double py, double pz) {
        double pt = Math.hypot(px, py);
        if (pt == 0.0) {
            return pz == 0.0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, pz);
        }
        return asinh(pz / pt);
    }

    /** asinh, symmetric in sign so large negative arguments keep full precision. */
    static double asinh(double x) {
        double a = Math.abs(x);
        return Math.copySign(Math.log(a + Math.sqrt(a * a + 1.0)), x);
    }

    /** Azimuth in [−π, π]. */
    public static double phi(double px, double py) {
        return (px == 0.0 && py == 0.0) ? 0.0 : Math.atan2(py, px);
    }

    /** E_T = E · pT / |p|; 0 for a vector at rest. */
    public static double et(double e, double pt, double p) {
        return p == 0.0 ? 0.0 : e * pt / p;
    }

    /** m² = E² − |p|² (may be negative after detector smearing). */
    public static double mass2(double e, double px, double py, double pz) {
        return e * e - (px * px + py * py + pz * pz);
    }

    /** Signed mass: √m² when m² ≥ 0, −√(−m²) otherwise (ROOT's {@code M()} convention). */
    public static double signedMass(double m2) {
        return m2 >= 0.0 ? Math.sqrt(m2) : -Math.sqrt(-m2);
    }

    /** Δφ wrapped into [−π, π]. */
    public static double deltaPhi(double phi1, double phi2) {
        double d = phi1 - phi2;
        d = Math.IEEEremainder(d, 2.0 * Math.PI);
        return d;
    }

    /** ΔR = √(Δη² + Δφ²) with pseudorapidity. */
    public static double deltaR(double eta1, double phi1, double eta2, double phi2) {
        double deta = eta1 - eta2;
        double dphi = deltaPhi(phi1, phi2);
        return Math.sqrt(deta * deta + dphi * dphi);
    }

    /**
     * Transverse mass of one object on its own, m_T = √(pT² + m²), written as √(E² − pz²) (the same thing,
     * since pT² + m² = E² − pz²) so that it needs only two components. Returns 0 when E² ≤ pz².
     */
    public static double transverseMass(double e, double pz) {
        double mt2 = e * e - pz * pz;
        return mt2 > 0.0 ? Math.sqrt(mt2) : 0.0;
    }

    /**
     * Exact transverse mass of an object with the missing transverse momentum:
     * m_T² = (E_T + E_T^miss)² − |p_T + p_T^miss|². Returns 0 when m_T² is not positive.
     *
     * @param et     the object's transverse energy E_T [GeV]
     * @param px     the object's px [GeV]
     * @param py     the object's py [GeV]
     * @param met    E_T^miss [GeV]
     * @param metPhi azimuth of the missing momentum
     */
    public static double transverseMass(double et, double px, double py, double met, double metPhi) {
        double sx = px + met * Math.cos(metPhi);
        double sy = py + met * Math.sin(metPhi);
        double sumEt = et + met;
        double mt2 = sumEt * sumEt - (sx * sx + sy * sy);
        return mt2 > 0.0 ? Math.sqrt(mt2) : 0.0;
    }

    /**
     * Momentum of either daughter in the rest frame of a parent of mass {@code m} decaying to masses
     * {@code m1} and {@code m2}: p* = √((m² − (m1 + m2)²)(m² − (m1 − m2)²)) / 2m (the Källén function).
     * Returns 0 at or below threshold.
     */
    public static double twoBodyMomentum(double m, double m1, double m2) {
        double sum = m1 + m2;
        double diff = m1 - m2;
        double lambda = (m * m - sum * sum) * (m * m - diff * diff);
        return lambda > 0.0 ? Math.sqrt(lambda) / (2.0 * m) : 0.0;
    }
}
