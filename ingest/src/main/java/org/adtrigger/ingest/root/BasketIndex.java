package org.adtrigger.ingest.root;

import java.io.IOException;

/**
 * Which entries each basket of a branch holds and where the basket is: embedded in the tree record or
 * in a key of its own. Checked when the tree is opened, so that reads can trust the entry ranges.
 */
final class BasketIndex {

    private final BranchMeta branch;
    private final long[] starts;

    private BasketIndex(BranchMeta branch, long[] starts) {
        this.branch = branch;
        this.starts = starts;
    }

    static BasketIndex of(BranchMeta branch) throws RootFormatException {
        int count = branch.writeBasket();
        for (int i = 0; i < branch.embedded().size(); i++) {
            if (branch.embedded().get(i) != null) {
                count = Math.max(count, i + 1);
            }
        }
        if (count > branch.basketEntry().length) {
            throw error(branch, count + " baskets but room for only " + branch.basketEntry().length);
        }
        long[] starts = new long[count + 1];
        System.arraycopy(branch.basketEntry(), 0, starts, 0, count);
        starts[count] = branch.entries();
        if (count == 0 && branch.entries() > 0) {
            throw error(branch, "no baskets hold its " + branch.entries() + " entries");
        }
        if (count > 0 && starts[0] != 0) {
            throw error(branch, "first basket starts at entry " + starts[0] + " instead of 0");
        }
        for (int i = 0; i < count; i++) {
            if (starts[i + 1] < starts[i]) {
                throw error(branch, "basket " + i + " starts at entry " + starts[i] + " but ends at "
                        + starts[i + 1]);
            }
        }
        return new BasketIndex(branch, starts);
    }

    /** Baskets kept inside the tree record rather than under keys of their own. */
    int embeddedCount() {
        int n = 0;
        for (int i = 0; i < count(); i++) {
            n += i < branch.embedded().size() && branch.embedded().get(i) != null ? 1 : 0;
        }
        return n;
    }

    int count() {
        return starts.length - 1;
    }

    long start(int basket) {
        return starts[basket];
    }

    long end(int basket) {
        return starts[basket + 1];
    }

    /** The basket holding {@code entry}, which must lie below the branch's entry count. */
    int basketOf(long entry) {
        int low = 0;
        int high = count() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= entry) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    RawBasket load(int basket, RecordReader records) throws IOException {
        RawBasket embedded = basket < branch.embedded().size() ? branch.embedded().get(basket) : null;
        if (embedded != null) {
            return embedded;
        }
        return RawBasket.onDisk(records, branch.basketSeek()[basket], branch.basketBytes()[basket],
                describe(basket));
    }

    String describe(int basket) {
        return branch.where().object() + " basket " + basket;
    }

    RootFormatException error(String problem) {
        return error(branch, problem);
    }

    private static RootFormatException error(BranchMeta branch, String problem) {
        return branch.where().error(branch.offset(), problem);
    }
}
