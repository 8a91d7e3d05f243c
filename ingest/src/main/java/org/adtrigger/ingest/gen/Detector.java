package org.adtrigger.ingest.gen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.adtrigger.core.kinematics.FourVector;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;

/**
 * Turns a {@link TruthEvent} into reconstructed objects and missing transverse momentum.
 *
 * <p>Acceptance (objects outside it are dropped; the event is always kept): electrons pT > 10 GeV,
 * |η| < 2.47 outside the barrel–endcap crack 1.37 < |η| < 1.52, reconstruction efficiency 95 %; muons
 * pT > 10 GeV, |η| < 2.5, efficiency 97 %; jets pT > 25 GeV, |η| < 4.5. A parton becomes a jet with the
 * mass of a cone of hadrons, m = f·pT with f uniform in [0.05, 0.20] (typical of anti-kt R = 0.4 jets), at
 * fixed momentum. Resolution: {@link Resolution}; b-tagging: {@link BTagging}; isolation and
 * identification: {@link Isolation}.
 *
 * <p>E_T^miss is the vector sum of the invisible particles' pT, minus the mismeasurement (reconstructed −
 * true pT) of every reconstructed object, plus a soft term: a Gaussian of σ = 0.5·√ΣE_T per component,
 * where ΣE_T is the scalar sum of the reconstructed objects' E_T and of the event's soft activity
 * (250 GeV + exponential of mean 150 GeV: underlying event and pile-up).
 */
final class Detector {
    static final double ELECTRON_MIN_PT = 10.0;
    static final double MUON_MIN_PT = 10.0;
    static final double JET_MIN_PT = 25.0;
    static final double ELECTRON_MAX_ETA = 2.47;
    static final double MUON_MAX_ETA = 2.5;
    static final double JET_MAX_ETA = 4.5;
    private static final double CRACK_LOW = 1.37;
    private static final double CRACK_HIGH = 1.52;
    private static final double ELECTRON_EFFICIENCY = 0.95;
    private static final double MUON_EFFICIENCY = 0.97;
    private static final double MET_RESOLUTION = 0.5;
    private static final double SOFT_SUM_ET_BASE = 250.0;
    private static final double SOFT_SUM_ET_MEAN_EXTRA = 150.0;
    /** Largest float not above π, so a stored azimuth never exceeds π after rounding. */
    private static final float FLOAT_PI = Math.nextDown((float) Math.PI);

    private static final Comparator<PhysObject> BY_PT_DESCENDING =
            (a, b) -> Float.compare(b.getPt(), a.getPt());

    private double mismeasuredPx;
    private double mismeasuredPy;
    private double sumEt;

    /** Fills {@code out}'s objects (sorted by pT, descending) and E_T^miss from {@code truth}. */
    void reconstruct(SplittableRandom rng, TruthEvent truth, Event out) {
        mismeasuredPx = 0.0;
        mismeasuredPy = 0.0;
        sumEt = SOFT_SUM_ET_BASE + Sampling.exponential(rng, SOFT_SUM_ET_MEAN_EXTRA);
        List<PhysObject> objects = new ArrayList<>(truth.size());
        for (int i = 0; i < truth.size(); i++) {
            PhysObject o = truth.isParton(i) ? jet(rng, truth, i) : lepton(rng, truth, i);
            if (o != null) {
                objects.add(o);
            }
        }
        objects.sort(BY_PT_DESCENDING);
        double softSigma = MET_RESOLUTION * Math.sqrt(sumEt);
        double metX = truth.invisiblePx() - mismeasuredPx + softSigma * rng.nextGaussian();
        double metY = truth.invisiblePy() - mismeasuredPy + softSigma * rng.nextGaussian();
        out.setObjects(objects);
        out.setMetEt((float) Math.hypot(metX, metY));
        out.setMetPhi(angle(Math.atan2(metY, metX)));
    }

    private PhysObject lepton(SplittableRandom rng, TruthEvent truth, int i) {
        FourVector p = truth.momentum(i);
        boolean electron = truth.flavour(i) == ObjectType.ELECTRON;
        if (!Sampling.chance(rng, electron ? ELECTRON_EFFICIENCY : MUON_EFFICIENCY)) {
            return null;
        }
        double scale = electron ? Resolution.electron(rng, p.e()) : Resolution.muon(rng, p.pt());
        FourVector reco = p.times(scale);
        double absEta = Math.abs(reco.eta());
        boolean accepted = electron
                ? reco.pt() > ELECTRON_MIN_PT && absEta < ELECTRON_MAX_ETA
                        && (absEta <= CRACK_LOW || absEta >= CRACK_HIGH)
                : reco.pt() > MUON_MIN_PT && absEta < MUON_MAX_ETA;
        if (!accepted) {
            return null;
        }
        PhysObject o = object(truth.flavour(i), p, reco, truth.charge(i));
        Isolation.decorate(rng, o, truth.isPrompt(i));
        return o;
    }

    private PhysObject jet(SplittableRandom rng, TruthEvent truth, int i) {
        FourVector parton = truth.momentum(i);
        double momentum = parton.p();
        double mass = Math.max(parton.mass(), parton.pt() * Sampling.uniform(rng, 0.05, 0.20));
        FourVector particleJet = new FourVector(parton.px(), parton.py(), parton.pz(),
                Math.sqrt(momentum * momentum + mass * mass));
        FourVector reco = particleJet.times(Resolution.jet(rng, particleJet.e()));
        double eta = reco.eta();
        if (reco.pt() <= JET_MIN_PT || Math.abs(eta) >= JET_MAX_ETA) {
            return null;
        }
        double btag = BTagging.score(rng, truth.flavour(i) == ObjectType.BJET, eta);
        ObjectType type = BTagging.isTagged(btag) ? ObjectType.BJET : ObjectType.JET;
        PhysObject o = object(type, particleJet, reco, 0);
        o.setBtag((float) btag);
        return o;
    }

    private PhysObject object(ObjectType type, FourVector truth, FourVector reco, int charge) {
        mismeasuredPx += reco.px() - truth.px();
        mismeasuredPy += reco.py() - truth.py();
        sumEt += reco.et();
        PhysObject o = new PhysObject();
        o.setType(type);
        o.setPt((float) reco.pt());
        o.setEta((float) reco.eta());
        o.setPhi(angle(reco.phi()));
        o.setE((float) reco.e());
        o.setCharge(charge);
        o.setTightId(true);
        return o;
    }

    private static float angle(double phi) {
        return Math.max(-FLOAT_PI, Math.min(FLOAT_PI, (float) phi));
    }
}
