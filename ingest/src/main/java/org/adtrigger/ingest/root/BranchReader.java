package org.adtrigger.ingest.root;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one branch over entry ranges, decoding each basket once while consecutive ranges fall in it, so
 * an adapter can walk a large file cluster by cluster with only the current baskets in memory. Not
 * thread-safe: use one reader per thread.
 */
public final class BranchReader {

    private final RootBranch branch;
    private final RecordReader records;
    private int cachedBasket = -1;
    private Column cached;

    BranchReader(RootBranch branch, RecordReader records) {
        this.branch = branch;
        this.records = records;
    }

    public RootBranch branch() {
        return branch;
    }

    /** The branch's values for {@code range}; a range past the branch's entries is a format error. */
    public Column read(EntryRange range) throws IOException {
        BasketIndex index = branch.baskets();
        if (branch.kind() == BranchKind.UNSUPPORTED) {
            throw index.error("cannot be read: " + branch.shape().reason());
        }
        if (range.end() > branch.entries()) {
            // A range inside the tree that a branch does not cover means the file is inconsistent.
            throw index.error("range " + range + " goes past its " + branch.entries() + " entries");
        }
        List<Column> parts = new ArrayList<>();
        long at = range.start();
        while (at < range.end()) {
            int basket = index.basketOf(at);
            long to = Math.min(range.end(), index.end(basket));
            parts.add(basket(basket).slice(at, to));
            at = to;
        }
        return Column.concat(branch.type(), range.start(), branch.kind().isJagged(), parts);
    }

    private Column basket(int basket) throws IOException {
        if (basket != cachedBasket) {
            BasketIndex index = branch.baskets();
            RawBasket raw = index.load(basket, records);
            long expected = index.end(basket) - index.start(basket);
            if (raw.entries() != expected) {
                RootBuffer in = raw.record().view();
                in.describe(index.describe(basket));
                throw in.error(raw.dataStart(), "holds " + raw.entries() + " entries where the branch expects "
                        + expected);
            }
            cached = BasketDecoder.decode(branch.shape(), raw, index.start(basket), index.describe(basket));
            cachedBasket = basket;
        }
        return cached;
    }
}
