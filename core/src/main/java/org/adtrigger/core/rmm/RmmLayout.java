package org.adtrigger.core.rmm;

import java.util.Arrays;
import org.adtrigger.schema.ObjectType;

/**
 * The shape of a Rapidity-Mass Matrix: which object types it holds, in which order, and how many of each.
 *
 * <p>Index 0 is the missing transverse energy (MET); then each type occupies a block of its maximum count
 * N_t, the leading object first. The matrix is square with {@link #size()} = 1 + Σ N_t and is flattened
 * row-major: cell (row, col) is at {@code row * size + col}.
 *
 * <p>Layouts come from a spec string ({@link #parse(String)}), whose grammar is:
 * <ul>
 *   <li>{@code T5N10}: the ATLAS anomaly-detection search / ADFilter layout: MET, jets, b-jets, muons,
 *       electrons, photons, 10 each: 51 × 51 = 2601 cells;</li>
 *   <li>{@code T4N6655}: the seed thesis layout: MET, light jets ×6, b-jets ×6, electrons ×5, muons ×5:
 *       23 × 23 = 529 cells;</li>
 *   <li>{@code T<k>N<n>}: the first k (1–5) types of the T5N10 order with n (1–{@value #MAX_PER_TYPE})
 *       objects each, e.g. {@code T3N4} = jets, b-jets, muons, 4 each;</li>
 *   <li>an explicit list {@code type:count,...} in matrix order, types among jets, bjets, muons, electrons,
 *       photons, taus, e.g. {@code jets:6,bjets:6,electrons:5,muons:5} (which is T4N6655).</li>
 * </ul>
 * Object types a layout does not list (taus, in both presets) are ignored when a matrix is built.
 *
 * <p>Cell labels, for reports and masks: objects are {@code MET, j1, b1, mu1, e1, gam1, tau1} (1-based);
 * cells are {@code MET}, {@code mT(j1)} (first row), {@code hL(j1)} (first column), {@code ET(j1)} (leading
 * diagonal), {@code imb(j2)} (imbalance diagonal), {@code m(j1,e1)} (upper triangle) and {@code h(e1,j1)}
 * (lower triangle), always named row first.
 */
public final class RmmLayout {
    /** Largest count per type a spec may ask for; keeps matrices to a size a model can take. */
    public static final int MAX_PER_TYPE = 100;

    /** The layout every command trains and studies on unless told otherwise ({@code --preset}'s default). */
    public static final String DEFAULT_PRESET = "T4N6655";

    public static final RmmLayout T5N10 = new RmmLayout(LayoutSpec.T5_ORDER, uniform(5, 10));
    public static final RmmLayout T4N6655 = new RmmLayout(
            new ObjectType[] {ObjectType.JET, ObjectType.BJET, ObjectType.ELECTRON, ObjectType.MUON},
            new int[] {6, 6, 5, 5});

    private final ObjectType[] types;
    private final int[] maxCounts;
    private final int[] firstIndex;
    private final int[] slotByType;
    private final int[] slotAt;
    private final int[] rankAt;
    private final int size;

    RmmLayout(ObjectType[] types, int[] maxCounts) {
        if (types.length == 0 || types.length != maxCounts.length) {
            throw new IllegalArgumentException("an RMM layout needs one count per type and at least one type");
        }
        this.types = types.clone();
        this.maxCounts = maxCounts.clone();
        this.firstIndex = new int[types.length];
        this.slotByType = new int[ObjectType.values().length];
        Arrays.fill(slotByType, -1);
        int next = 1;
        for (int slot = 0; slot < types.length; slot++) {
            if (slotByType[types[slot].ordinal()] >= 0) {
                throw new IllegalArgumentException("object type " + types[slot] + " appears twice");
            }
            if (maxCounts[slot] < 1 || maxCounts[slot] > MAX_PER_TYPE) {
                throw new IllegalArgumentException("count of " + types[slot] + " must be 1.." + MAX_PER_TYPE);
            }
            slotByType[types[slot].ordinal()] = slot;
            firstIndex[slot] = next;
            next += maxCounts[slot];
        }
        this.size = next;
        this.slotAt = new int[size];
        this.rankAt = new int[size];
        slotAt[0] = -1;
        for (int slot = 0; slot < types.length; slot++) {
            for (int rank = 0; rank < maxCounts[slot]; rank++) {
                slotAt[firstIndex[slot] + rank] = slot;
                rankAt[firstIndex[slot] + rank] = rank;
            }
        }
    }

    static int[] uniform(int typeCount, int perType) {
        int[] counts = new int[typeCount];
        Arrays.fill(counts, perType);
        return counts;
    }

    /**
     * The layout named by a spec (see the class comment for the grammar).
     *
     * @throws IllegalArgumentException naming the valid forms when the spec is not one of them
     */
    public static RmmLayout parse(String spec) {
        return LayoutSpec.parse(spec);
    }

    /** Canonical spec: a preset or {@code T<k>N<n>} name where one fits, else the explicit list. */
    public String spec() {
        return LayoutSpec.format(this);
    }

    /** Rows (and columns) of the matrix: 1 + Σ N_t. */
    public int size() {
        return size;
    }

    /** Number of cells, size². */
    public int cells() {
        return size * size;
    }

    public int typeCount() {
        return types.length;
    }

    /** The object type of a slot (0-based position among the layout's types). */
    public ObjectType type(int slot) {
        return types[slot];
    }

    public int maxCount(int slot) {
        return maxCounts[slot];
    }

    /** Matrix index of the leading object of a slot. */
    public int firstIndex(int slot) {
        return firstIndex[slot];
    }

    /** The slot of a type, or −1 when the layout does not hold that type. */
    public int slotOf(ObjectType type) {
        return slotByType[type.ordinal()];
    }

    /**
     * Matrix index of the object of a type at a 0-based pT rank.
     *
     * @throws IllegalArgumentException when the layout has no such type or rank
     */
    public int index(ObjectType type, int rank) {
        int slot = slotOf(type);
        if (slot < 0 || rank < 0 || rank >= maxCounts[slot]) {
            throw new IllegalArgumentException(type + " #" + rank + " is not in layout " + spec());
        }
        return firstIndex[slot] + rank;
    }

    /** Slot of the object at a matrix index, −1 for MET (index 0). */
    public int slotAt(int index) {
        return slotAt[index];
    }

    /** 0-based pT rank within its type of the object at a matrix index (0 for MET). */
    public int rankAt(int index) {
        return rankAt[index];
    }

    /** Position of cell (row, col) in the flattened row-major matrix. */
    public int cellIndex(int row, int col) {
        return row * size + col;
    }

    /** Label of the object at a matrix index: {@code MET}, {@code j1}, {@code b3}, {@code mu2}, ... */
    public String objectLabel(int index) {
        if (index == 0) {
            return "MET";
        }
        return ObjectLabels.prefix(types[slotAt[index]]) + (rankAt[index] + 1);
    }

    /** Label of cell (row, col), e.g. {@code m(j1,e1)}; see the class comment for the scheme. */
    public String cellName(int row, int col) {
        String r = objectLabel(row);
        String c = objectLabel(col);
        if (row == 0) {
            return col == 0 ? "MET" : "mT(" + c + ")";
        }
        if (col == 0) {
            return "hL(" + r + ")";
        }
        if (row == col) {
            return rankAt[row] == 0 ? "ET(" + r + ")" : "imb(" + r + ")";
        }
        return (row < col ? "m(" : "h(") + r + "," + c + ")";
    }

    /** Label of the cell at a flattened position. */
    public String cellName(int cellIndex) {
        return cellName(cellIndex / size, cellIndex % size);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RmmLayout other
                && Arrays.equals(types, other.types) && Arrays.equals(maxCounts, other.maxCounts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(types) + Arrays.hashCode(maxCounts);
    }

    @Override
    public String toString() {
        return spec() + " (" + size + "×" + size + ")";
    }
}
