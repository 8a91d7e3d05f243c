package org.adtrigger.ingest.adapters;

import java.util.OptionalDouble;
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
        return new LeptonFlavour(pdgColumn);
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

    record LeptonFlavour(String column) implements TypeRule {
        private static final int ELECTRON = 11;
        private static final int MUON = 13;

        @Override
        public ObjectType typeOf(double value) throws BadRecordException {
            double code = Math.abs(value);
            if (code == ELECTRON) {
                return ObjectType.ELECTRON;
            }
            if (code == MUON) {
                return ObjectType.MUON;
            }
            throw new BadRecordException(column + " " + value + " is neither an electron (11) nor a muon (13)");
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
