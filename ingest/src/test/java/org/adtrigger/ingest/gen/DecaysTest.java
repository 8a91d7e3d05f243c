package org.adtrigger.ingest.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.adtrigger.core.kinematics.FourVector;
import org.adtrigger.schema.ObjectType;
import org.junit.jupiter.api.Test;

class DecaysTest {
    private static final FourVector MOVING_TOP = FourVector.ofPtRapidityPhiM(150.0, 1.2, 0.4, 172.5);

    @Test
    void twoBodyDecayConservesMomentumAndGivesTheDaughterMasses() {
        Daughters d = Decays.twoBody(MOVING_TOP, 172.5, 4.8, 80.4, 0.3, -2.0);
        FourVector sum = d.first().plus(d.second());

        assertThat(d.first().mass()).isCloseTo(4.8, within(1e-6));
        assertThat(d.second().mass()).isCloseTo(80.4, within(1e-6));
        assertThat(sum.px()).isCloseTo(MOVING_TOP.px(), within(1e-9));
        assertThat(sum.pz()).isCloseTo(MOVING_TOP.pz(), within(1e-9));
        assertThat(sum.e()).isCloseTo(MOVING_TOP.e(), within(1e-9));
    }

    @Test
    void threeBodyDecayConservesMomentumAndFillsTheDalitzPlotFlat() {
        SplittableRandom rng = new SplittableRandom(1);
        double[] pairMassSquaredFraction = new double[20_000];
        for (int i = 0; i < pairMassSquaredFraction.length; i++) {
            FourVector[] p = Decays.threeBodyMassless(rng, MOVING_TOP, 172.5);
            FourVector sum = p[0].plus(p[1]).plus(p[2]);
            assertThat(sum.e()).isCloseTo(MOVING_TOP.e(), within(1e-8));
            assertThat(sum.py()).isCloseTo(MOVING_TOP.py(), within(1e-8));
            pairMassSquaredFraction[i] = p[1].plus(p[2]).mass2() / (172.5 * 172.5);
        }
        // flat Dalitz plot, massless: s₂₃/m² has density 2(1 − x), mean 1/3
        assertThat(Arrays.stream(pairMassSquaredFraction).average().orElseThrow()).isCloseTo(1.0 / 3, within(0.01));
    }

    @Test
    void daughterMassStaysBelowTheSplittingAndPeaksWhereExpected() {
        SplittableRandom rng = new SplittableRandom(2);
        double[] onShell = new double[10_000];
        double[] offShell = new double[10_000];
        for (int i = 0; i < onShell.length; i++) {
            onShell[i] = Decays.daughterMass(rng, LineShape.Z_OFF_SHELL, 800, 50, LineShape.Z_OFF_SHELL.min());
            offShell[i] = Decays.daughterMass(rng, LineShape.Z_OFF_SHELL, 340, 300, LineShape.Z_OFF_SHELL.min());
        }
        assertThat(Generated.peak(onShell, 60, 120, 0.5, 2.0)).isCloseTo(91.19, within(0.5));
        assertThat(Arrays.stream(offShell).max().orElseThrow()).isLessThanOrEqualTo(40.0);
        // off shell the Breit–Wigner tail piles the mass up towards the 40 GeV limit
        assertThat(Arrays.stream(offShell).average().orElseThrow()).isGreaterThan(20.0);
    }

    @Test
    void leptonicTauDecayConservesMomentumAndKeepsTheCharge() {
        SplittableRandom rng = new SplittableRandom(3);
        FourVector tau = FourVector.ofPtEtaPhiM(40.0, 0.5, 1.0, Pdg.TAU_MASS);
        double sumFraction = 0.0;
        for (int i = 0; i < 5_000; i++) {
            TruthEvent event = new TruthEvent();
            LeptonicDecays.tauToLepton(rng, tau, -1, event);
            FourVector lepton = event.momentum(0);
            assertThat(event.size()).isEqualTo(1);
            assertThat(event.charge(0)).isEqualTo(-1);
            assertThat(event.flavour(0)).isIn(ObjectType.ELECTRON, ObjectType.MUON);
            assertThat(lepton.px() + event.invisiblePx()).isCloseTo(tau.px(), within(1e-9));
            sumFraction += lepton.e() / tau.e();
        }
        // Michel spectrum x²(3 − 2x) has mean 7/10 in the rest frame; boosted, the energy share keeps it
        assertThat(sumFraction / 5_000).isCloseTo(0.35, within(0.02));
    }

    @Test
    void breitWignerSamplesStayInTheWindowAndCentreOnThePole() {
        SplittableRandom rng = new SplittableRandom(4);
        double[] m = new double[50_000];
        for (int i = 0; i < m.length; i++) {
            m[i] = LineShape.Z.sample(rng);
        }
        Arrays.sort(m);
        assertThat(m[0]).isGreaterThanOrEqualTo(66.0);
        assertThat(m[m.length - 1]).isLessThanOrEqualTo(116.0);
        assertThat(m[m.length / 2]).isCloseTo(91.19, within(0.1));
        // half the events within ±Γ/2 of the pole, for a Breit–Wigner (less the truncated tails)
        double inside = Arrays.stream(m).filter(x -> Math.abs(x - 91.1876) < 2.4952 / 2).count() / (double) m.length;
        assertThat(inside).isCloseTo(0.53, within(0.02));
        assertThat(LineShape.stable(300.0).sample(rng)).isEqualTo(300.0);
    }
}
