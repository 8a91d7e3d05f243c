package org.adtrigger.ingest.root;

/**
 * A TLeaf as streamed in the tree: what one branch stores per entry.
 *
 * @param className the leaf class, which names the element type (TLeafF is float, ...)
 * @param length    fixed number of elements per entry (or per counter unit), 1 for a scalar
 * @param unsigned  whether an integer leaf is unsigned
 * @param counter   the leaf whose value gives the number of elements per entry, or null
 */
record LeafMeta(String className, String name, String title, int length, boolean unsigned, LeafMeta counter) {

    private static final int MIN_TLEAF_VERSION = 2;

    static LeafMeta read(String className, ObjectInput in) throws RootFormatException {
        RootBuffer buf = in.buffer();
        ObjectInput.Header outer = in.header(className);
        ObjectInput.Header leaf = in.header("TLeaf");
        if (leaf.version() < MIN_TLEAF_VERSION) {
            throw buf.error(leaf.start(), "unsupported TLeaf version " + leaf.version());
        }
        String[] nameTitle = in.tnamed();
        int length = buf.i32();
        buf.i32(); // bytes per element, implied by the class
        buf.i32(); // offset inside the branch buffer
        buf.u8(); // has a range
        boolean unsigned = buf.u8() != 0;
        int counterAt = buf.position();
        Object counter = in.pointer(TreeObjects::read);
        if (counter != null && !(counter instanceof LeafMeta)) {
            throw buf.error(counterAt, "leaf '" + nameTitle[0] + "' has a counter that is not a leaf");
        }
        in.end(leaf, "TLeaf");
        in.end(outer, className);
        if (length < 0) {
            throw buf.error(leaf.start(), "leaf '" + nameTitle[0] + "' has negative length " + length);
        }
        return new LeafMeta(className, nameTitle[0], nameTitle[1], length, unsigned, (LeafMeta) counter);
    }
}
