package org.adtrigger.ingest.root;

/**
 * What a branch holds per entry, worked out from its class, its leaf and, for element branches, the
 * C++ class it stores.
 *
 * @param fixedLength values per entry for FIXED_ARRAY, per counter unit for COUNTED_ARRAY, else 1
 * @param counter     the counter leaf of a COUNTED_ARRAY branch
 * @param reason      why an UNSUPPORTED branch cannot be read
 */
record BranchShape(BranchKind kind, ElementType type, int fixedLength, LeafMeta counter, String reason) {

    private static final String VECTOR_PREFIX = "vector<";

    static BranchShape of(BranchMeta branch) {
        if (!branch.externalFile().isEmpty()) {
            return unsupported("baskets stored in another file, " + branch.externalFile());
        }
        if (!branch.branches().isEmpty()) {
            return unsupported("split object with " + branch.branches().size() + " sub-branches");
        }
        if (branch.leaves().size() != 1) {
            return unsupported("leaf list of " + branch.leaves().size() + " leaves");
        }
        LeafMeta leaf = branch.leaves().get(0);
        if (branch.className().equals("TBranch")) {
            return basic(leaf);
        }
        if (branch.className().equals("TBranchElement") && branch.objectClass().startsWith(VECTOR_PREFIX)
                && branch.objectClass().endsWith(">")) {
            String element = branch.objectClass().substring(VECTOR_PREFIX.length(),
                    branch.objectClass().length() - 1);
            ElementType type = ElementType.ofCppName(element);
            return type == null
                    ? unsupported("std::vector of " + element)
                    : new BranchShape(BranchKind.VECTOR, type, 1, null, "");
        }
        return unsupported(branch.className() + " holding " + branch.objectClass());
    }

    private static BranchShape basic(LeafMeta leaf) {
        if (leaf.className().equals("TLeafC") && leaf.counter() == null) {
            // fLen of a TLeafC is the longest string seen, not a per-entry count: every entry is one string.
            return new BranchShape(BranchKind.STRING, ElementType.INT8, 1, null, "");
        }
        ElementType type = ElementType.ofLeafClass(leaf.className(), leaf.unsigned());
        if (type == null) {
            return unsupported(leaf.className() + " leaf");
        }
        if (leaf.counter() != null) {
            return new BranchShape(BranchKind.COUNTED_ARRAY, type, Math.max(1, leaf.length()), leaf.counter(), "");
        }
        if (leaf.length() == 0) {
            return unsupported("leaf of length 0");
        }
        return new BranchShape(leaf.length() > 1 ? BranchKind.FIXED_ARRAY : BranchKind.SCALAR, type,
                leaf.length(), null, "");
    }

    private static BranchShape unsupported(String reason) {
        return new BranchShape(BranchKind.UNSUPPORTED, null, 1, null, reason);
    }
}
