package org.adtrigger.ingest.root;

/** How many values a branch holds per entry. */
public enum BranchKind {
    /** One value per entry. */
    SCALAR,
    /** A fixed number of values per entry, e.g. {@code Float_t x[3]}. */
    FIXED_ARRAY,
    /** As many values per entry as another (counter) branch says, e.g. {@code Float_t x[n]}. */
    COUNTED_ARRAY,
    /** A {@code std::vector<T>} per entry. */
    VECTOR,
    /** A C string per entry ({@code TLeafC}); read as bytes with offsets, or with {@link Column#strings()}. */
    STRING,
    /** Objects, leaf lists and other layouts this reader lists but cannot read. */
    UNSUPPORTED;

    /** Whether a read returns offsets as well as values. */
    public boolean isJagged() {
        return this == FIXED_ARRAY || this == COUNTED_ARRAY || this == VECTOR || this == STRING;
    }
}
