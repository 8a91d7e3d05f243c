package org.adtrigger.core.rmm;

import java.util.Locale;
import org.adtrigger.schema.ObjectType;

/**
 * The two spellings of an object type in the RMM: the plural used in layout specs ("bjets") and the short
 * prefix of cell labels ("b1"). JET stands for light jets only; b-tagged jets arrive as BJET.
 */
final class ObjectLabels {
    private ObjectLabels() {
    }

    static String plural(ObjectType type) {
        return switch (type) {
            case JET -> "jets";
            case BJET -> "bjets";
            case ELECTRON -> "electrons";
            case MUON -> "muons";
            case PHOTON -> "photons";
            case TAU -> "taus";
        };
    }

    static String prefix(ObjectType type) {
        return switch (type) {
            case JET -> "j";
            case BJET -> "b";
            case ELECTRON -> "e";
            case MUON -> "mu";
            case PHOTON -> "gam";
            case TAU -> "tau";
        };
    }

    /** The type whose plural is {@code name} (any case), or null when there is none. */
    static ObjectType fromPlural(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (ObjectType type : ObjectType.values()) {
            if (plural(type).equals(lower)) {
                return type;
            }
        }
        return null;
    }

    /** Every plural, comma-separated, for error messages. */
    static String allPlurals() {
        StringBuilder all = new StringBuilder();
        for (ObjectType type : ObjectType.values()) {
            all.append(all.length() == 0 ? "" : ",").append(plural(type));
        }
        return all.toString();
    }
}
