package org.adtrigger.streams.config;

import java.util.Collection;
import java.util.Optional;

/**
 * The known name closest to a misspelt one by edit distance (Levenshtein: insertions, deletions and
 * substitutions), for "did you mean ...?" hints. Hand-written: the project has no text library, and 20
 * lines do not justify one.
 */
public final class NearestName {
    private NearestName() {
    }

    /**
     * The candidate nearest to {@code name}, when it is near enough to be a likely typo: at most a third of
     * the name's length in edits (at least 2). Ties go to the first candidate in iteration order.
     */
    public static Optional<String> of(String name, Collection<String> candidates) {
        int limit = Math.max(2, name.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(name, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance, two rows of the dynamic-programming table. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
