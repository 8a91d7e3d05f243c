package org.adtrigger.core.selection;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.adtrigger.schema.ObjectType;

/**
 * Immutable configuration of the object selection. Defaults ({@link #DEFAULT}):
 * <table>
 *   <caption>Default object cuts (all strict)</caption>
 *   <tr><th>type</th><th>pT [GeV]</th><th>|η|</th><th>ptcone30/pT, etcone20/pT</th><th>tight ID</th></tr>
 *   <tr><td>ELECTRON</td><td>&gt; 10</td><td>&lt; 2.47</td><td>&lt; 0.15</td><td>required</td></tr>
 *   <tr><td>MUON</td><td>&gt; 10</td><td>&lt; 2.5</td><td>&lt; 0.15</td><td>required</td></tr>
 *   <tr><td>PHOTON</td><td>&gt; 20</td><td>&lt; 2.37</td><td>&lt; 0.15</td><td>required</td></tr>
 *   <tr><td>JET, BJET</td><td>&gt; 20</td><td>&lt; 2.8</td><td>—</td><td>—</td></tr>
 *   <tr><td>TAU (only if kept)</td><td>&gt; 20</td><td>&lt; 2.5</td><td>—</td><td>—</td></tr>
 * </table>
 * τ leptons are dropped (none of the RMM presets has a τ slot); no b-tag working point (JET/BJET kept as
 * the input labels them); overlap removal {@link OverlapRule#DEFAULT_CHAIN}. The 10 GeV lepton threshold
 * sits below the 20 GeV hard-lepton requirement of the thesis presets so that the softer leptons of
 * multi-lepton events are still counted.
 *
 * @param cuts              the cut for every {@link ObjectType}
 * @param keepTaus          whether τ objects are kept (subject to their cut) or dropped
 * @param bTagWorkingPoint  when present, JET and BJET are relabelled: b-tag score ≥ WP gives BJET, below
 *                          gives JET, before the cuts are applied (compared in float, the precision of
 *                          the score); when empty the input labels are kept
 * @param overlapRules      overlap-removal steps, applied in list order after the cuts
 */
public record ObjectSelectionConfig(Map<ObjectType, ObjectCut> cuts, boolean keepTaus,
        OptionalDouble bTagWorkingPoint, List<OverlapRule> overlapRules) {

    public static final ObjectSelectionConfig DEFAULT = new ObjectSelectionConfig(defaultCuts(), false,
            OptionalDouble.empty(), OverlapRule.DEFAULT_CHAIN);

    public ObjectSelectionConfig {
        for (ObjectType t : ObjectType.values()) {
            if (!cuts.containsKey(t)) {
                throw new IllegalArgumentException("no object cut for " + t);
            }
        }
        cuts = Collections.unmodifiableMap(new EnumMap<>(cuts));
        overlapRules = List.copyOf(overlapRules);
        if (bTagWorkingPoint.isPresent() && Double.isNaN(bTagWorkingPoint.getAsDouble())) {
            throw new IllegalArgumentException("b-tag working point is NaN");
        }
    }

    private static Map<ObjectType, ObjectCut> defaultCuts() {
        Map<ObjectType, ObjectCut> m = new EnumMap<>(ObjectType.class);
        m.put(ObjectType.ELECTRON, ObjectCut.isolatedTight(10.0, 2.47, 0.15));
        m.put(ObjectType.MUON, ObjectCut.isolatedTight(10.0, 2.5, 0.15));
        m.put(ObjectType.PHOTON, ObjectCut.isolatedTight(20.0, 2.37, 0.15));
        m.put(ObjectType.JET, ObjectCut.kinematic(20.0, 2.8));
        m.put(ObjectType.BJET, ObjectCut.kinematic(20.0, 2.8));
        m.put(ObjectType.TAU, ObjectCut.kinematic(20.0, 2.5));
        return m;
    }

    public ObjectCut cut(ObjectType type) {
        return cuts.get(type);
    }

    /** This configuration with {@code cut} for {@code type}. */
    public ObjectSelectionConfig withCut(ObjectType type, ObjectCut cut) {
        Map<ObjectType, ObjectCut> m = new EnumMap<>(cuts);
        m.put(type, cut);
        return new ObjectSelectionConfig(m, keepTaus, bTagWorkingPoint, overlapRules);
    }

    public ObjectSelectionConfig withKeepTaus(boolean keep) {
        return new ObjectSelectionConfig(cuts, keep, bTagWorkingPoint, overlapRules);
    }

    /** This configuration with a b-tag working point, or with none when {@code wp} is empty. */
    public ObjectSelectionConfig withBTagWorkingPoint(OptionalDouble wp) {
        return new ObjectSelectionConfig(cuts, keepTaus, wp, overlapRules);
    }

    public ObjectSelectionConfig withOverlapRules(List<OverlapRule> rules) {
        return new ObjectSelectionConfig(cuts, keepTaus, bTagWorkingPoint, rules);
    }
}
