package org.adtrigger.ingest.adapters;

import java.util.Arrays;

/**
 * One numeric column over a block of entries, as doubles: one value per entry (flat) or a variable
 * number per entry (jagged, with offsets). Integer columns are exact up to 2^53, beyond any run or event
 * number these formats hold.
 */
public final class Values {

    private final double[] values;
    private final int[] offsets;

    private Values(double[] values, int[] offsets) {
        this.values = values;
        this.offsets = offsets;
    }

    /** One value per entry. */
    public static Values flat(double... values) {
        return new Values(values, null);
    }

    /** Entry {@code i} holds {@code counts[i]} consecutive values of {@code values}. */
    public static Values jagged(int[] counts, double... values) {
        int[] offsets = new int[counts.length + 1];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("negative count " + counts[i] + " for entry " + i);
            }
            offsets[i + 1] = offsets[i] + counts[i];
        }
        return withOffsets(values, offsets);
    }

    /** Entry {@code i} holds values {@code offsets[i]} up to {@code offsets[i + 1]}; null offsets = flat. */
    public static Values withOffsets(double[] values, int[] offsets) {
        if (offsets != null && (offsets.length == 0 || offsets[0] != 0
                || offsets[offsets.length - 1] != values.length)) {
            throw new IllegalArgumentException("offsets " + Arrays.toString(offsets) + " do not cover "
                    + values.length + " values");
        }
        return new Values(values, offsets);
    }

    public int entries() {
        return offsets == null ? values.length : offsets.length - 1;
    }

    /** Number of values of entry {@code entry}: 1 for a flat column. */
    public int count(int entry) {
        return offsets == null ? 1 : offsets[entry + 1] - offsets[entry];
    }

    /** Value {@code k} of entry {@code entry}; for a flat column only k = 0 exists. */
    public double get(int entry, int k) {
        return offsets == null ? values[entry] : values[offsets[entry] + k];
    }
}
