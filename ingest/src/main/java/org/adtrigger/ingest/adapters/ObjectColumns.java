package org.adtrigger.ingest.adapters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which columns make one group of objects (the leptons, the jets, ...) of a columnar format. Every column
 * of a group holds the same number of values per entry. Energies, masses and absolute isolations are in
 * the layout's unit; a relative isolation is multiplied by pT.
 *
 * <p>Configured once by a format with the chained setters, then only read.
 */
public final class ObjectColumns {

    private final TypeRule type;
    private final String pt;
    private final String eta;
    private final String phi;
    private String energy;
    private String mass;
    private double fixedMass;
    private String charge;
    private String btag;
    private String ptcone30;
    private boolean ptcone30Relative;
    private String etcone20;
    private boolean etcone20Relative;
    private String tight;
    private double tightMinimum = 1;
    private boolean alwaysTight;

    private ObjectColumns(TypeRule type, String pt, String eta, String phi) {
        this.type = Objects.requireNonNull(type);
        this.pt = Objects.requireNonNull(pt);
        this.eta = Objects.requireNonNull(eta);
        this.phi = Objects.requireNonNull(phi);
    }

    /** A group of objects typed by {@code type}; without energy or mass columns they are massless. */
    public static ObjectColumns of(TypeRule type, String pt, String eta, String phi) {
        return new ObjectColumns(type, pt, eta, phi);
    }

    /** Energy read from a column. */
    public ObjectColumns energy(String column) {
        energy = column;
        return this;
    }

    /** Energy computed from pT, η and a mass column. */
    public ObjectColumns mass(String column) {
        mass = column;
        return this;
    }

    /** Energy computed from pT, η and a mass in GeV, for formats that store no energy. */
    public ObjectColumns fixedMass(double massGeV) {
        fixedMass = massGeV;
        return this;
    }

    public ObjectColumns charge(String column) {
        charge = column;
        return this;
    }

    /** The b-tag score stored with each object. */
    public ObjectColumns btag(String column) {
        btag = column;
        return this;
    }

    /** Track isolation in a 0.3 cone, absolute ({@code relative} false) or relative to pT. */
    public ObjectColumns ptcone30(String column, boolean relative) {
        ptcone30 = column;
        ptcone30Relative = relative;
        return this;
    }

    /** Calorimeter isolation in a 0.2 cone, absolute or relative to pT. */
    public ObjectColumns etcone20(String column, boolean relative) {
        etcone20 = column;
        etcone20Relative = relative;
        return this;
    }

    /** Tight when the column's value is at least {@code minimum} (1 for a bool flag). */
    public ObjectColumns tight(String column, double minimum) {
        tight = column;
        tightMinimum = minimum;
        return this;
    }

    /** Every object of the group passed a tight identification before it was written. */
    public ObjectColumns alwaysTight() {
        alwaysTight = true;
        return this;
    }

    public TypeRule type() {
        return type;
    }

    String pt() {
        return pt;
    }

    String eta() {
        return eta;
    }

    String phi() {
        return phi;
    }

    String energy() {
        return energy;
    }

    String mass() {
        return mass;
    }

    double fixedMass() {
        return fixedMass;
    }

    String charge() {
        return charge;
    }

    String btag() {
        return btag;
    }

    String ptcone30() {
        return ptcone30;
    }

    boolean ptcone30Relative() {
        return ptcone30Relative;
    }

    String etcone20() {
        return etcone20;
    }

    boolean etcone20Relative() {
        return etcone20Relative;
    }

    String tight() {
        return tight;
    }

    double tightMinimum() {
        return tightMinimum;
    }

    boolean isAlwaysTight() {
        return alwaysTight;
    }

    /** Every column the group reads. */
    public List<String> columns() {
        List<String> out = new ArrayList<>();
        for (String c : new String[] {type.column(), pt, eta, phi, energy, mass, charge, btag, ptcone30, etcone20,
                tight}) {
            if (c != null && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }
}
