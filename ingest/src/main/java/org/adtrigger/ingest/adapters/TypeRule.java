package org.adtrigger.ingest.adapters;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.adtrigger.schema.ObjectType;

/** How the {@link ObjectType} of each object of a group is decided, from one column or from nothing. */
public sealed interface TypeRule {

    /** The column the rule reads, or null when it reads none. */
    String column();

    /** The type of an object whose {@link #column()} value is {@code value} (ignored when none). */
    ObjectType typeOf(double value) throws BadRecordException;

    /** Every object of the group has the same type. */
    static TypeRule fixed(ObjectType type) {
        return new Fixed(type);
    }

    /** Electrons and muons told apart by a PDG code column: |code| 11 is an electron, 13 a muon. */
    static TypeRule leptonFlavour(String pdgColumn) {
        return byValue(pdgColumn, Map.of(11L, ObjectType.ELECTRON, 13L, ObjectType.MUON));
    }

    /** The type of each object from a column of whole numbers, compared without their sign. */
    static TypeRule byValue(String column, Map<Long, ObjectType> types) {
        return new ByValue(column, new TreeMap<>(types));
    }

    /**
     * Jets labelled by a b-tag score: BJET at or above the working point, JET below (the convention of
     * core's object selection); all JET when there is no working point.
     */
    static TypeRule bTag(String scoreColumn, OptionalDouble workingPoint) {
        return new BTag(scoreColumn, workingPoint);
    }

    record Fixed(ObjectType type) implements TypeRule {
        @Override
        public String column() {
            return null;
        }

        @Override
        public ObjectType typeOf(double value) {
            return type;
        }
    }

    record ByValue(String column, SortedMap<Long, ObjectType> types) implements TypeRule {
        @Override
        public ObjectType typeOf(double value) throws BadRecordException {
            double code = Math.abs(value);
            ObjectType type = code == Math.rint(code) ? types.get((long) code) : null;
            if (type == null) {
                StringJoiner known = new StringJoiner(", ");
                types.forEach((v, t) -> known.add(v + " (" + t + ")"));
                throw new BadRecordException(column + " " + value + " is none of " + known);
            }
            return type;
        }
    }

    record BTag(String column, OptionalDouble workingPoint) implements TypeRule {
        @Override
        public ObjectType typeOf(double score) {
            // compared in float, the precision every format stores its scores in
            return workingPoint.isPresent() && (float) score >= (float) workingPoint.getAsDouble()
                    ? ObjectType.BJET : ObjectType.JET;
        }
    }
}
