package org.adtrigger.ingest.root;

/**
 * Chooses the parser for each object found inside a TTree record. Anything else (friend lists, indices,
 * user info, unsupported leaf classes' extra members) is skipped by its byte count.
 */
final class TreeObjects {

    private TreeObjects() {
    }

    static Object read(String className, ObjectInput in) throws RootFormatException {
        if (className.equals("TBranch") || className.equals("TBranchElement")
                || className.equals("TBranchObject")) {
            return BranchMeta.read(className, in);
        }
        if (className.startsWith("TLeaf")) {
            return LeafMeta.read(className, in);
        }
        if (className.equals("TBasket")) {
            return RawBasket.embedded(in.buffer());
        }
        return null;
    }
}
