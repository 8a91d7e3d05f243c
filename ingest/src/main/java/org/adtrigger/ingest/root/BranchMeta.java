package org.adtrigger.ingest.root;

import java.util.ArrayList;
import java.util.List;

/**
 * A TBranch (or the TBranch part of a TBranchElement/TBranchObject) as streamed in the tree: its leaves,
 * sub-branches and where its baskets are.
 *
 * @param className      TBranch, TBranchElement or TBranchObject
 * @param objectClass    the C++ class an element/object branch holds (e.g. {@code vector<float>}), else ""
 * @param writeBasket    number of baskets written to their own keys
 * @param entries        entries the branch holds
 * @param embedded       baskets kept inside the tree record, by basket index (null where not embedded)
 * @param basketBytes    per basket: bytes of its key on disk
 * @param basketEntry    per basket: first entry
 * @param basketSeek     per basket: file offset of its key
 * @param externalFile   name of another file holding the baskets, "" when they are in this file
 * @param where          the tree record, for errors found later about this branch
 * @param offset         where the branch starts in the tree record
 */
record BranchMeta(String className, String name, String title, String objectClass, int writeBasket, long entries,
        List<BranchMeta> branches, List<LeafMeta> leaves, List<RawBasket> embedded, int[] basketBytes,
        long[] basketEntry, long[] basketSeek, String externalFile, Where where, int offset) {

    private static final int MIN_VERSION = 10;
    private static final int MAX_VERSION = 13;

    static BranchMeta read(String className, ObjectInput in) throws RootFormatException {
        if (className.equals("TBranch")) {
            return tbranch(className, in);
        }
        ObjectInput.Header outer = in.header(className);
        BranchMeta base = tbranch(className, in);
        String objectClass = in.buffer().tstring();
        in.end(outer, className);
        return new BranchMeta(className, base.name, base.title, objectClass, base.writeBasket, base.entries,
                base.branches, base.leaves, base.embedded, base.basketBytes, base.basketEntry, base.basketSeek,
                base.externalFile, base.where, base.offset);
    }

    private static BranchMeta tbranch(String className, ObjectInput in) throws RootFormatException {
        RootBuffer buf = in.buffer();
        ObjectInput.Header header = in.header("TBranch");
        int version = header.version();
        if (version < MIN_VERSION || version > MAX_VERSION) {
            throw buf.error(header.start(), "unsupported TBranch version " + version);
        }
        String[] nameTitle = in.tnamed();
        String outerObject = buf.describe(buf.where().object() + " branch '" + nameTitle[0] + "'");
        Where where = buf.where();
        in.skipObject("TAttFill");
        buf.skip(8); // compression setting and basket size
        buf.i32(); // entry offset length
        int writeBasket = buf.i32();
        buf.i64(); // next entry number
        if (version >= 13) {
            in.skipObject("TIOFeatures");
        }
        buf.i32(); // offset
        int maxBaskets = buf.i32();
        buf.i32(); // split level
        long entries = buf.i64();
        if (version >= 11) {
            buf.i64(); // first entry
        }
        buf.skip(16); // total and zipped bytes
        List<BranchMeta> branches = only(BranchMeta.class, in.objArray(TreeObjects::read), buf, "sub-branch");
        List<LeafMeta> leaves = only(LeafMeta.class, in.objArray(TreeObjects::read), buf, "leaf");
        List<RawBasket> embedded = keepNulls(RawBasket.class, in.objArray(TreeObjects::read), buf);
        if (maxBaskets < 0 || writeBasket < 0 || writeBasket > maxBaskets || entries < 0) {
            throw buf.error(header.start(), "inconsistent basket bookkeeping: fMaxBaskets " + maxBaskets
                    + ", fWriteBasket " + writeBasket + ", fEntries " + entries);
        }
        int[] basketBytes = ArrayReader.ints(buf, maxBaskets);
        long[] basketEntry = ArrayReader.longs(buf, maxBaskets);
        long[] basketSeek = ArrayReader.longs(buf, maxBaskets);
        String externalFile = buf.tstring();
        in.end(header, "TBranch");
        buf.describe(outerObject);
        return new BranchMeta(className, nameTitle[0], nameTitle[1], "", writeBasket, entries, branches, leaves,
                embedded, basketBytes, basketEntry, basketSeek, externalFile, where, header.start());
    }

    /** The non-null elements, which must all be of the expected kind. */
    private static <T> List<T> only(Class<T> type, List<Object> elements, RootBuffer buf, String what)
            throws RootFormatException {
        List<T> out = new ArrayList<>(elements.size());
        for (Object element : elements) {
            if (element != null) {
                out.add(cast(type, element, buf, what));
            }
        }
        return out;
    }

    private static <T> List<T> keepNulls(Class<T> type, List<Object> elements, RootBuffer buf)
            throws RootFormatException {
        List<T> out = new ArrayList<>(elements.size());
        for (Object element : elements) {
            out.add(element == null ? null : cast(type, element, buf, "basket"));
        }
        return out;
    }

    private static <T> T cast(Class<T> type, Object element, RootBuffer buf, String what)
            throws RootFormatException {
        if (!type.isInstance(element)) {
            throw buf.error("a " + what + " slot holds an object of another kind");
        }
        return type.cast(element);
    }
}
