package org.adtrigger.trainer.baseline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A weighted random sample without replacement of at most {@code capacity} items from a stream of unknown
 * length, in one pass (Efraimidis &amp; Spirakis 2006, A-Res): each item draws the key ln(u)/w, u uniform in
 * (0, 1], and the items with the largest keys are kept, so an item's chance to be drawn first is ∝ w. Items of
 * weight ≤ 0 are never taken (an MC sample's negative weights cannot be sampling probabilities).
 */
final class WeightedReservoir<T> {
    private record Keyed<T>(double key, long order, T item) {
    }

    private final int capacity;
    private final SplittableRandom random;
    private final PriorityQueue<Keyed<T>> kept;
    private long offered;

    WeightedReservoir(int capacity, SplittableRandom random) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a reservoir holds at least one item, got " + capacity);
        }
        this.capacity = capacity;
        this.random = random;
        this.kept = new PriorityQueue<>(capacity, Comparator.comparingDouble((Keyed<T> k) -> k.key));
    }

    /** Offers an item; returns whether it is (for now) in the sample. */
    boolean offer(T item, double weight) {
        long order = offered++;
        if (!(weight > 0)) {
            return false;
        }
        double key = Math.log(1 - random.nextDouble()) / weight;
        if (kept.size() < capacity) {
            kept.add(new Keyed<>(key, order, item));
            return true;
        }
        if (key > kept.peek().key) {
            kept.poll();
            kept.add(new Keyed<>(key, order, item));
            return true;
        }
        return false;
    }

    /** The sample in stream order. */
    List<T> sample() {
        List<Keyed<T>> sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparingLong(k -> k.order));
        List<T> items = new ArrayList<>(sorted.size());
        sorted.forEach(k -> items.add(k.item));
        return items;
    }
}
