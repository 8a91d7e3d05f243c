package org.adtrigger.core.rmm;

import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;
import org.adtrigger.schema.TruthLabel;
import org.assertj.core.api.SoftAssertions;

/** Events and a cell assertion shared by the RMM tests; expected values come from rmm_reference.py. */
final class RmmFixtures {
    /** E_T^miss of the six-object event [GeV]; above the 30 GeV threshold. */
    static final float MET = 85.0f;

    private RmmFixtures() {
    }

    // All-args constructors: Avro's builders resolve unset enum defaults through its class-security check,
    // which rejects the project's TruthLabel unless trusted packages are configured.
    static PhysObject object(ObjectType type, float pt, float eta, float phi, float e) {
        return new PhysObject(type, pt, eta, phi, e, 0, 0.0f, 0.0f, 0.0f, true);
    }

    static Event event(float met, float metPhi, List<PhysObject> objects) {
        return new Event(1L, 1L, "test", 0, false, 1.0, TruthLabel.UNKNOWN, 13000.0f, met, metPhi, objects);
    }

    /**
     * The event of rmm_reference.py: 2 jets, 1 b-jet, 1 muon, 2 electrons and MET at φ = −2.5, listed out of
     * pT order, plus a tau that neither preset holds.
     */
    static Event sixObjects(float met) {
        return event(met, -2.5f, List.of(
                object(ObjectType.ELECTRON, 35.0f, -2.125f, 0.5f, 149.0f),   // e2
                object(ObjectType.JET, 95.5f, -1.25f, 2.0f, 182.0f),         // j2
                object(ObjectType.MUON, 48.25f, -0.5f, 1.5f, 54.5f),         // mu1
                object(ObjectType.TAU, 70.0f, 0.1f, 0.3f, 72.0f),            // not in the layout
                object(ObjectType.BJET, 64.0f, 1.75f, -1.0f, 190.0f),        // b1
                object(ObjectType.JET, 210.0f, 0.5f, 0.25f, 240.0f),         // j1
                object(ObjectType.ELECTRON, 130.0f, 0.75f, -2.75f, 168.5f))); // e1
    }

    static float[] build(RmmLayout layout, RmmOptions options, Event event) {
        float[] out = new float[layout.cells()];
        new RmmBuilder(layout, options).build(event, out, 0);
        return out;
    }

    /** Cell (row, col) equals {@code expected} to float precision, reported by its cell name. */
    static void assertCell(SoftAssertions soft, RmmLayout layout, float[] rmm, int row, int col,
            double expected) {
        soft.assertThat((double) rmm[layout.cellIndex(row, col)])
                .as("%s %s [%d][%d]", layout.spec(), layout.cellName(row, col), row, col)
                .isCloseTo(expected, within(2e-7 * Math.abs(expected)));
    }
}
