package org.adtrigger.ingest.root;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a streamed TTree this reader uses: name, entry count and top-level branches. Members
 * between them are read by class version (16 to 20) only to get past them; everything after the branch
 * list is skipped by the byte count.
 */
record TreeMeta(String name, String title, long entries, List<BranchMeta> branches) {

    private static final int MIN_VERSION = 16;
    private static final int MAX_VERSION = 20;

    static TreeMeta read(ObjectInput in) throws RootFormatException {
        RootBuffer buf = in.buffer();
        ObjectInput.Header header = in.header("TTree");
        int v = header.version();
        if (v < MIN_VERSION || v > MAX_VERSION) {
            throw buf.error(header.start(), "unsupported TTree class version " + v + " (this reader knows "
                    + MIN_VERSION + " to " + MAX_VERSION + ")");
        }
        String[] nameTitle = in.tnamed();
        in.skipObject("TAttLine");
        in.skipObject("TAttFill");
        in.skipObject("TAttMarker");
        long entries = buf.i64();
        if (entries < 0) {
            throw buf.error("negative entry count " + entries);
        }
        buf.skip(v >= 18 ? 32 : 24); // total, zipped, saved (and flushed) bytes
        buf.skip(8 + 12); // weight; timer interval, scan field, update
        if (v >= 17) {
            buf.i32(); // default entry offset length
        }
        int clusterRanges = v >= 19 ? buf.i32() : 0;
        buf.skip(v >= 18 ? 48 : 40); // max entries, max entry loop, max virtual size, auto-save, (auto-flush,) estimate
        if (v >= 19) {
            ArrayReader.longs(buf, clusterRanges); // cluster range ends
            ArrayReader.longs(buf, clusterRanges); // cluster sizes
        }
        if (v >= 20) {
            in.skipObject("TIOFeatures");
        }
        List<BranchMeta> branches = new ArrayList<>();
        for (Object element : in.objArray(TreeObjects::read)) {
            if (element instanceof BranchMeta branch) {
                branches.add(branch);
            } else if (element != null) {
                throw buf.error("the branch list holds an object that is not a branch");
            }
        }
        in.end(header, "TTree");
        return new TreeMeta(nameTitle[0], nameTitle[1], entries, List.copyOf(branches));
    }
}
