package org.adtrigger.core.rmm;

import java.util.Arrays;
import java.util.List;
import org.adtrigger.schema.PhysObject;

/**
 * For each type of a layout, the positions in the event's object list of its highest-pT objects, in
 * descending pT, truncated at the type's maximum count. Equal pT keeps list order (stable), so the matrix
 * never depends on how a sort breaks ties.
 *
 * <p>Reuses its arrays from event to event: not thread-safe.
 */
final class PtRanking {
    private final RmmLayout layout;
    private final int[][] positions;
    private final float[][] pts;
    private final int[] counts;

    PtRanking(RmmLayout layout) {
        this.layout = layout;
        positions = new int[layout.typeCount()][];
        pts = new float[layout.typeCount()][];
        for (int slot = 0; slot < layout.typeCount(); slot++) {
            positions[slot] = new int[layout.maxCount(slot)];
            pts[slot] = new float[layout.maxCount(slot)];
        }
        counts = new int[layout.typeCount()];
    }

    /** Ranks the objects of one event, replacing the previous ranking. */
    void rank(List<PhysObject> objects) {
        Arrays.fill(counts, 0);
        // Index access: an iterator would be one allocation per event.
        for (int position = 0, n = objects.size(); position < n; position++) {
            PhysObject object = objects.get(position);
            int slot = layout.slotOf(object.getType());
            if (slot >= 0) {
                insert(slot, position, object.getPt());
            }
        }
    }

    private void insert(int slot, int position, float pt) {
        int[] rankedPositions = positions[slot];
        float[] rankedPts = pts[slot];
        int capacity = rankedPositions.length;
        int at = counts[slot];
        // Strictly-less keeps an equal-pT newcomer behind the ones already there.
        while (at > 0 && rankedPts[at - 1] < pt) {
            at--;
        }
        if (at == capacity) {
            return;
        }
        int last = Math.min(counts[slot], capacity - 1);
        System.arraycopy(rankedPositions, at, rankedPositions, at + 1, last - at);
        System.arraycopy(rankedPts, at, rankedPts, at + 1, last - at);
        rankedPositions[at] = position;
        rankedPts[at] = pt;
        counts[slot] = last + 1;
    }

    /** How many objects of a slot survived (at most its maximum count). */
    int count(int slot) {
        return counts[slot];
    }

    /** Position in the event's list of the object of a slot at a 0-based pT rank. */
    int position(int slot, int rank) {
        return positions[slot][rank];
    }
}
