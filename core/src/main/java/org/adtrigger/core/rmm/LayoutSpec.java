package org.adtrigger.core.rmm;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adtrigger.schema.ObjectType;

/** Reads and writes the spec strings that name an {@link RmmLayout}; the grammar is on that class. */
final class LayoutSpec {
    /** The ADFilter type order, which {@code T<k>N<n>} takes a prefix of. */
    static final ObjectType[] T5_ORDER = {
        ObjectType.JET, ObjectType.BJET, ObjectType.MUON, ObjectType.ELECTRON, ObjectType.PHOTON
    };

    private static final Pattern UNIFORM = Pattern.compile("T(\\d)N(\\d{1,3})");
    private static final Pattern ENTRY = Pattern.compile("([a-z]+):(\\d{1,3})");

    private LayoutSpec() {
    }

    static RmmLayout parse(String spec) {
        if (spec == null) {
            throw invalid("null", "no spec given");
        }
        String trimmed = spec.strip();
        String upper = trimmed.toUpperCase(Locale.ROOT);
        if (upper.equals("T5N10")) {
            return RmmLayout.T5N10;
        }
        if (upper.equals("T4N6655")) {
            return RmmLayout.T4N6655;
        }
        Matcher uniform = UNIFORM.matcher(upper);
        if (uniform.matches()) {
            return uniform(spec, Integer.parseInt(uniform.group(1)), Integer.parseInt(uniform.group(2)));
        }
        if (trimmed.contains(":")) {
            return explicit(spec, trimmed.toLowerCase(Locale.ROOT));
        }
        throw invalid(spec, "not a preset, T<k>N<n> or type:count list");
    }

    private static RmmLayout uniform(String spec, int typeCount, int perType) {
        if (typeCount < 1 || typeCount > T5_ORDER.length) {
            throw invalid(spec, "k must be 1.." + T5_ORDER.length);
        }
        if (perType < 1 || perType > RmmLayout.MAX_PER_TYPE) {
            throw invalid(spec, "n must be 1.." + RmmLayout.MAX_PER_TYPE);
        }
        ObjectType[] types = new ObjectType[typeCount];
        System.arraycopy(T5_ORDER, 0, types, 0, typeCount);
        return new RmmLayout(types, RmmLayout.uniform(typeCount, perType));
    }

    private static RmmLayout explicit(String spec, String lower) {
        String[] entries = lower.split(",", -1);
        ObjectType[] types = new ObjectType[entries.length];
        int[] counts = new int[entries.length];
        for (int i = 0; i < entries.length; i++) {
            Matcher entry = ENTRY.matcher(entries[i].strip());
            if (!entry.matches()) {
                throw invalid(spec, "'" + entries[i].strip() + "' is not type:count");
            }
            types[i] = ObjectLabels.fromPlural(entry.group(1));
            if (types[i] == null) {
                throw invalid(spec, "unknown type '" + entry.group(1) + "'");
            }
            counts[i] = Integer.parseInt(entry.group(2));
        }
        try {
            return new RmmLayout(types, counts);
        } catch (IllegalArgumentException e) {
            throw invalid(spec, e.getMessage());
        }
    }

    static String format(RmmLayout layout) {
        if (layout.equals(RmmLayout.T4N6655)) {
            return "T4N6655";
        }
        if (isUniformT5Prefix(layout)) {
            return "T" + layout.typeCount() + "N" + layout.maxCount(0);
        }
        StringBuilder spec = new StringBuilder();
        for (int slot = 0; slot < layout.typeCount(); slot++) {
            spec.append(slot == 0 ? "" : ",")
                    .append(ObjectLabels.plural(layout.type(slot))).append(':').append(layout.maxCount(slot));
        }
        return spec.toString();
    }

    private static boolean isUniformT5Prefix(RmmLayout layout) {
        if (layout.typeCount() > T5_ORDER.length) {
            return false;
        }
        for (int slot = 0; slot < layout.typeCount(); slot++) {
            if (layout.type(slot) != T5_ORDER[slot] || layout.maxCount(slot) != layout.maxCount(0)) {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException invalid(String spec, String reason) {
        return new IllegalArgumentException("Invalid RMM layout '" + spec + "': " + reason + ". Valid forms: "
                + "a preset, T5N10 (ADFilter: MET, 10 each of jets,bjets,muons,electrons,photons) or "
                + "T4N6655 (thesis: MET, jets:6,bjets:6,electrons:5,muons:5); "
                + "T<k>N<n>: the first k (1-" + T5_ORDER.length + ") types of jets,bjets,muons,electrons,photons "
                + "with n (1-" + RmmLayout.MAX_PER_TYPE + ") each, e.g. T3N4; "
                + "or an explicit list type:count,... in matrix order over " + ObjectLabels.allPlurals()
                + ", e.g. jets:6,bjets:6,electrons:5,muons:5");
    }
}
