package org.adtrigger.ingest.root;

/** A branch of a tree as listed: its name, what it holds per entry and how many entries it has. */
public final class RootBranch {

    private final BranchMeta meta;
    private final BranchShape shape;
    private final String counterBranch;
    private final BasketIndex baskets;

    RootBranch(BranchMeta meta, BranchShape shape, String counterBranch, BasketIndex baskets) {
        this.meta = meta;
        this.shape = shape;
        this.counterBranch = counterBranch;
        this.baskets = baskets;
    }

    public String name() {
        return meta.name();
    }

    public String title() {
        return meta.title();
    }

    public BranchKind kind() {
        return shape.kind();
    }

    /** Element type, or null for an {@link BranchKind#UNSUPPORTED} branch. */
    public ElementType type() {
        return shape.type();
    }

    /** Values per entry of a FIXED_ARRAY branch (per counter unit of a COUNTED_ARRAY one); else 1. */
    public int fixedLength() {
        return shape.fixedLength();
    }

    /** Name of the branch giving the per-entry count of a COUNTED_ARRAY branch, else null. */
    public String counterBranch() {
        return counterBranch;
    }

    public long entries() {
        return meta.entries();
    }

    public int basketCount() {
        return baskets.count();
    }

    /**
     * Where the baskets are: {@code file} (under their own keys), {@code tree record} (embedded, as ROOT
     * keeps the last basket of a tree it did not close), both, or {@code external file NAME}.
     */
    public String basketLocation() {
        if (!meta.externalFile().isEmpty()) {
            return "external file " + meta.externalFile();
        }
        int embedded = baskets.embeddedCount();
        if (embedded == 0) {
            return "file";
        }
        return embedded == baskets.count() ? "tree record" : "file + tree record";
    }

    /** C++-like description such as {@code float}, {@code float[3]}, {@code float[nJet]} or {@code std::vector<float>}. */
    public String typeDescription() {
        return switch (shape.kind()) {
            case SCALAR -> shape.type().cppName();
            case FIXED_ARRAY -> shape.type().cppName() + "[" + shape.fixedLength() + "]";
            case COUNTED_ARRAY -> shape.type().cppName() + "[" + counterBranch + "]"
                    + (shape.fixedLength() > 1 ? "[" + shape.fixedLength() + "]" : "");
            case VECTOR -> "std::vector<" + shape.type().cppName() + ">";
            case STRING -> "string";
            case UNSUPPORTED -> "unsupported: " + shape.reason();
        };
    }

    @Override
    public String toString() {
        return name() + " (" + typeDescription() + ", " + entries() + " entries)";
    }

    BranchShape shape() {
        return shape;
    }

    BasketIndex baskets() {
        return baskets;
    }
}
