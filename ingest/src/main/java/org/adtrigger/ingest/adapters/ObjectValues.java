package org.adtrigger.ingest.adapters;

import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;

/**
 * One object's values in GeV and radians, checked and turned into a {@link PhysObject}. Every adapter
 * builds its objects here, so all formats reject the same bad values the same way.
 */
public final class ObjectValues {

    private final ObjectType type;
    private final String name;
    private double pt;
    private double eta;
    private double phi;
    private double energy;
    private int charge;
    private double btag;
    private double ptcone30;
    private double etcone20;
    private boolean tight;

    /** @param name how the object is named in errors, e.g. {@code lep_pt[2]} or {@code object 3} */
    public ObjectValues(ObjectType type, String name) {
        this.type = type;
        this.name = name;
    }

    public ObjectValues kinematics(double pt, double eta, double phi, double energy) {
        this.pt = pt;
        this.eta = eta;
        this.phi = phi;
        this.energy = energy;
        return this;
    }

    public ObjectValues charge(int charge) {
        this.charge = charge;
        return this;
    }

    public ObjectValues btag(double btag) {
        this.btag = btag;
        return this;
    }

    public ObjectValues isolation(double ptcone30, double etcone20) {
        this.ptcone30 = ptcone30;
        this.etcone20 = etcone20;
        return this;
    }

    public ObjectValues tight(boolean tight) {
        this.tight = tight;
        return this;
    }

    /** The object; non-finite values, a negative pT or energy and |φ| beyond π are bad input. */
    public PhysObject build() throws BadRecordException {
        finite("pt", pt);
        finite("eta", eta);
        finite("phi", phi);
        finite("energy", energy);
        finite("b-tag score", btag);
        finite("ptcone30", ptcone30);
        finite("etcone20", etcone20);
        if (pt < 0 || energy < 0) {
            throw new BadRecordException(name + " has negative pT or energy (" + pt + ", " + energy + " GeV)");
        }
        // float rounding of a stored ±π may land a hair outside; anything further is not an angle
        if (Math.abs(phi) > Math.PI + 1e-5) {
            throw new BadRecordException(name + " has phi " + phi + " outside [-pi, pi]");
        }
        return new PhysObject(type, (float) pt, (float) eta, (float) phi, (float) energy, charge, (float) btag,
                (float) ptcone30, (float) etcone20, tight);
    }

    private void finite(String what, double value) throws BadRecordException {
        if (!Double.isFinite(value)) {
            throw new BadRecordException(name + " " + what + " is " + value);
        }
    }

    /** Energy of a particle of mass {@code mass} with this pT and η. */
    public static double energy(double pt, double eta, double mass) {
        double p = pt * Math.cosh(eta);
        return Math.sqrt(p * p + mass * mass);
    }
}
