package org.adtrigger.core.model;

import java.util.ArrayList;
import java.util.List;

import org.adtrigger.core.rmm.RmmLayout;

/**
 * Checks that a model card can be served: its feature contract matches this software and its own ONNX
 * graph. The stream refuses to start on any problem, and the message says which item disagrees.
 */
public final class ModelCompatibility {
    private ModelCompatibility() {
    }

    /**
     * @param card            the card read from the ONNX metadata (or sidecar)
     * @param onnxInputWidth  the width of the ONNX graph's input, or −1 if unknown (dynamic)
     * @param requiredLayout  a layout the operator configured explicitly, or null to accept the card's
     * @return the problems found; empty when the model can be served
     */
    public static List<String> problems(ModelCard card, long onnxInputWidth, String requiredLayout) {
        List<String> problems = new ArrayList<>();
        if (card.schemaVersion() != ModelCard.SCHEMA_VERSION) {
            problems.add("schema version: model has " + card.schemaVersion() + ", this software reads "
                    + ModelCard.SCHEMA_VERSION);
        }
        ModelCard.Features f = card.features();
        RmmLayout layout;
        try {
            layout = RmmLayout.parse(f.rmmLayout());
        } catch (IllegalArgumentException e) {
            problems.add("RMM preset: " + e.getMessage());
            return problems;
        }
        if (requiredLayout != null && !RmmLayout.parse(requiredLayout).equals(layout)) {
            problems.add("RMM preset: model uses " + layout.spec() + ", configuration requires "
                    + RmmLayout.parse(requiredLayout).spec());
        }
        if (f.inputWidth() != layout.cells()) {
            problems.add("input width: card says " + f.inputWidth() + " but RMM " + layout.spec() + " has "
                    + layout.cells() + " cells");
        }
        if (onnxInputWidth >= 0 && onnxInputWidth != f.inputWidth()) {
            problems.add("input width: ONNX graph takes " + onnxInputWidth + " cells, card says " + f.inputWidth());
        }
        int[] kept = f.keptCells();
        for (int i = 0; i < kept.length; i++) {
            if (kept[i] < 0 || kept[i] >= f.inputWidth() || (i > 0 && kept[i] <= kept[i - 1])) {
                problems.add("mask: kept cell indices must be ascending within [0, " + f.inputWidth() + ")");
                break;
            }
        }
        double[] cuts = card.thresholds().tierCuts();
        if (cuts.length != ModelCard.TIERS || !ascending(cuts)) {
            problems.add("thresholds: expected " + ModelCard.TIERS + " ascending tier cuts");
        }
        return problems;
    }

    private static boolean ascending(double[] cuts) {
        for (int i = 1; i < cuts.length; i++) {
            if (!(cuts[i - 1] <= cuts[i])) {
                return false;
            }
        }
        return true;
    }
}
