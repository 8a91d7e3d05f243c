package org.adtrigger.ingest.root;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeSet;

/**
 * A TTree: its entries and branches (sub-branches listed after their parent). Read branches with
 * {@link #reader(String)}; walk a large tree with {@link #clusters(Collection)}.
 */
public final class RootTree {

    private final TreeMeta meta;
    private final Map<String, RootBranch> branches;
    private final RecordReader records;

    private RootTree(TreeMeta meta, Map<String, RootBranch> branches, RecordReader records) {
        this.meta = meta;
        this.branches = branches;
        this.records = records;
    }

    static RootTree of(TreeMeta meta, RecordReader records) throws RootFormatException {
        List<BranchMeta> all = new ArrayList<>();
        flatten(meta.branches(), all);
        Map<LeafMeta, String> leafOwners = new IdentityHashMap<>();
        for (BranchMeta branch : all) {
            for (LeafMeta leaf : branch.leaves()) {
                leafOwners.put(leaf, branch.name());
            }
        }
        Map<String, RootBranch> byName = new LinkedHashMap<>();
        for (BranchMeta branch : all) {
            BranchShape shape = BranchShape.of(branch);
            String counter = shape.counter() == null ? null : leafOwners.get(shape.counter());
            if (shape.counter() != null && counter == null) {
                shape = new BranchShape(BranchKind.UNSUPPORTED, null, 1, null, "counter leaf '"
                        + shape.counter().name() + "' belongs to no branch of this tree");
            }
            byName.putIfAbsent(branch.name(), new RootBranch(branch, shape, counter, BasketIndex.of(branch)));
        }
        return new RootTree(meta, byName, records);
    }

    private static void flatten(List<BranchMeta> branches, List<BranchMeta> into) {
        for (BranchMeta branch : branches) {
            into.add(branch);
            flatten(branch.branches(), into);
        }
    }

    public String name() {
        return meta.name();
    }

    public String title() {
        return meta.title();
    }

    public long entries() {
        return meta.entries();
    }

    public List<RootBranch> branches() {
        return List.copyOf(branches.values());
    }

    public RootBranch branch(String name) {
        RootBranch branch = branches.get(name);
        if (branch == null) {
            throw new NoSuchElementException("tree '" + name() + "' has no branch '" + name + "'");
        }
        return branch;
    }

    /** A reader for one branch; keep it while walking the tree so baskets are decoded once. */
    public BranchReader reader(String branchName) {
        return new BranchReader(branch(branchName), records);
    }

    /**
     * Entry ranges whose edges are basket edges in every given branch, so that each basket is decoded
     * for one range only: ROOT's clusters when the file was written with aligned baskets.
     */
    public List<EntryRange> clusters(Collection<String> branchNames) {
        TreeSet<Long> edges = null;
        for (String name : branchNames) {
            BasketIndex index = branch(name).baskets();
            TreeSet<Long> starts = new TreeSet<>();
            for (int i = 0; i < index.count(); i++) {
                starts.add(index.start(i));
            }
            if (edges == null) {
                edges = starts;
            } else {
                edges.retainAll(starts);
            }
        }
        List<EntryRange> ranges = new ArrayList<>();
        long start = 0;
        for (long edge : edges == null ? new TreeSet<Long>() : edges) {
            if (edge > start && edge < entries()) {
                ranges.add(new EntryRange(start, edge));
                start = edge;
            }
        }
        if (start < entries()) {
            ranges.add(new EntryRange(start, entries()));
        }
        return ranges;
    }

    /** {@link #clusters(Collection)} over every readable branch. */
    public List<EntryRange> clusters() {
        List<String> readable = new ArrayList<>();
        for (RootBranch branch : branches.values()) {
            if (branch.kind() != BranchKind.UNSUPPORTED) {
                readable.add(branch.name());
            }
        }
        return clusters(readable);
    }

    @Override
    public String toString() {
        return "TTree '" + name() + "' (" + entries() + " entries, " + branches.size() + " branches)";
    }
}
