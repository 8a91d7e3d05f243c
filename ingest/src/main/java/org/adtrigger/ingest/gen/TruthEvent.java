package org.adtrigger.ingest.gen;

import java.util.Arrays;
import org.adtrigger.core.kinematics.FourVector;
import org.adtrigger.schema.ObjectType;

/**
 * The generator-level content of one event, before the detector: visible particles (charged leptons,
 * quarks and gluons that will become jets) and the summed transverse momentum of the invisible ones
 * (neutrinos, LSPs). One instance is reused for every event of a stream.
 *
 * <p>The flavour of a visible particle is an {@link ObjectType}: ELECTRON, MUON, or for partons JET
 * (light quark or gluon) and BJET (b quark). Whether a b quark is <em>tagged</em> is decided later by
 * the detector.
 */
final class TruthEvent {
    private static final int INITIAL_CAPACITY = 16;

    private FourVector[] momenta = new FourVector[INITIAL_CAPACITY];
    private ObjectType[] flavours = new ObjectType[INITIAL_CAPACITY];
    private int[] charges = new int[INITIAL_CAPACITY];
    private boolean[] prompt = new boolean[INITIAL_CAPACITY];
    private int size;
    private double invisiblePx;
    private double invisiblePy;

    void clear() {
        Arrays.fill(momenta, 0, size, null);
        size = 0;
        invisiblePx = 0.0;
        invisiblePy = 0.0;
    }

    /** A prompt lepton from a W, Z, τ or new-particle decay. */
    void addLepton(FourVector p, ObjectType flavour, int charge) {
        add(p, flavour, charge, true);
    }

    /** A non-prompt lepton inside a jet (a "fake" for analyses): not isolated, mostly failing tight ID. */
    void addNonPromptLepton(FourVector p, ObjectType flavour, int charge) {
        add(p, flavour, charge, false);
    }

    void addQuark(FourVector p, boolean bottom) {
        add(p, bottom ? ObjectType.BJET : ObjectType.JET, 0, true);
    }

    void addInvisible(FourVector p) {
        invisiblePx += p.px();
        invisiblePy += p.py();
    }

    /** Replaces the momentum of particle {@code i}, e.g. when part of a jet is split off. */
    void setMomentum(int i, FourVector p) {
        momenta[i] = p;
    }

    private void add(FourVector p, ObjectType flavour, int charge, boolean isPrompt) {
        if (size == momenta.length) {
            int n = 2 * size;
            momenta = Arrays.copyOf(momenta, n);
            flavours = Arrays.copyOf(flavours, n);
            charges = Arrays.copyOf(charges, n);
            prompt = Arrays.copyOf(prompt, n);
        }
        momenta[size] = p;
        flavours[size] = flavour;
        charges[size] = charge;
        prompt[size] = isPrompt;
        size++;
    }

    int size() {
        return size;
    }

    FourVector momentum(int i) {
        return momenta[i];
    }

    ObjectType flavour(int i) {
        return flavours[i];
    }

    int charge(int i) {
        return charges[i];
    }

    boolean isPrompt(int i) {
        return prompt[i];
    }

    boolean isParton(int i) {
        return flavours[i] == ObjectType.JET || flavours[i] == ObjectType.BJET;
    }

    double invisiblePx() {
        return invisiblePx;
    }

    double invisiblePy() {
        return invisiblePy;
    }
}
