package org.adtrigger.core.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A selector's counts in words, the same for every command that selects (ingest, train, evaluate): how many
 * events passed, the rejected events by reason and the removed objects by reason, and a hint when one cut
 * rejects nearly every event, so that a table mapped wrongly (an ID column read as "not tight", MeV read as
 * GeV) shows which cut to look at.
 */
public final class SelectionCountsText {

    /** Share of the events seen above which one rejection reason earns a hint. */
    static final double DOMINANT = 0.95;

    private SelectionCountsText() {
    }

    /**
     * The lines, e.g. {@code selection 'thesis-3lep': 0 of 2900 events passed}, {@code events rejected:
     * too few leptons 2900 (100.0 %)}, {@code objects removed: not tight 8700, pt 12}, and possibly a
     * {@code hint:}. Reasons with no count are left out; for {@code none} only the first line.
     */
    public static List<String> lines(String preset, SelectionCounts counts) {
        List<String> out = new ArrayList<>();
        long seen = counts.seen();
        out.add(String.format(Locale.ROOT, "selection '%s': %d of %d events passed", preset, counts.accepted(),
                seen));
        String events = joined(counts.rejectedEvents(), seen);
        if (!events.isEmpty()) {
            out.add("events rejected: " + events);
        }
        String objects = joined(counts.rejectedObjects(), -1);
        if (!objects.isEmpty()) {
            out.add("objects removed: " + objects);
        }
        hint(counts).ifPresent(out::add);
        return out;
    }

    private static Optional<String> hint(SelectionCounts counts) {
        long seen = counts.seen();
        for (Map.Entry<EventRejection, Long> e : counts.rejectedEvents().entrySet()) {
            if (seen > 0 && e.getValue() >= DOMINANT * seen) {
                String text = String.format(Locale.ROOT, "hint: '%s' rejects %.1f %% of the events", name(e.getKey()),
                        100.0 * e.getValue() / seen);
                ObjectRejection top = topObjectReason(counts);
                return Optional.of(top == null ? text + "; no object was removed, so the input has "
                        + "too few objects of the kind the preset needs" : text + "; the object cut removing "
                        + "most objects is '" + name(top) + "' (" + counts.rejectedObjects().get(top) + "): "
                        + advice(top));
            }
        }
        return Optional.empty();
    }

    private static ObjectRejection topObjectReason(SelectionCounts counts) {
        ObjectRejection top = null;
        for (Map.Entry<ObjectRejection, Long> e : counts.rejectedObjects().entrySet()) {
            if (e.getValue() > 0 && (top == null || e.getValue() > counts.rejectedObjects().get(top))) {
                top = e.getKey();
            }
        }
        return top;
    }

    private static String advice(ObjectRejection reason) {
        return switch (reason) {
            case NOT_TIGHT -> "check the tight-ID column and its values (1 = tight)";
            case TRACK_ISOLATION, CALO_ISOLATION -> "check the isolation columns are absolute, in the energy unit";
            case PT -> "check the energy unit (MeV or GeV)";
            case ETA -> "check the eta columns";
            case TAU_DROPPED, OVERLAP -> "check the object types";
        };
    }

    /** {@code reason count (share %)} for each counted reason, the share left out when {@code of} < 0. */
    private static String joined(Map<? extends Enum<?>, Long> counts, long of) {
        List<String> parts = new ArrayList<>();
        counts.forEach((reason, n) -> {
            if (n > 0) {
                parts.add(of > 0 ? String.format(Locale.ROOT, "%s %d (%.1f %%)", name(reason), n, 100.0 * n / of)
                        : name(reason) + " " + n);
            }
        });
        return String.join(", ", parts);
    }

    /** TOO_FEW_LEPTONS → too few leptons. */
    static String name(Enum<?> reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
