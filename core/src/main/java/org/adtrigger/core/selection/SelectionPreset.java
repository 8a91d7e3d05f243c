package org.adtrigger.core.selection;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Named event selections. Object cuts are {@link ObjectSelectionConfig#DEFAULT} unless a caller passes its
 * own; "good leptons" are the electrons and muons that survive the object selection.
 * <ul>
 *   <li>{@code thesis-3lep}: exactly 3 good leptons, at least 2 of them with pT &gt; 20 GeV (the seed
 *       thesis).</li>
 *   <li>{@code thesis-2lep}: exactly 2 good leptons, both with pT &gt; 20 GeV. This is the three-lepton
 *       preset with one lepton fewer: the same hard-lepton threshold, now required of every lepton, keeps
 *       the pair on the dilepton-trigger plateau.</li>
 *   <li>{@code atlas-1lep}: at least 1 good lepton with pT &gt; 60 GeV, as in the ATLAS anomaly-detection
 *       search (single-lepton trigger, well above its threshold); any number of further leptons.</li>
 *   <li>{@code none}: no object and no event cuts: every event passes unchanged (the same instance).</li>
 * </ul>
 */
public enum SelectionPreset {
    THESIS_3LEP("thesis-3lep", new LeptonRequirement(3, 3, 2, 20.0)),
    THESIS_2LEP("thesis-2lep", new LeptonRequirement(2, 2, 2, 20.0)),
    ATLAS_1LEP("atlas-1lep", new LeptonRequirement(1, Integer.MAX_VALUE, 1, 60.0)),
    NONE("none", null);

    private final String id;
    private final LeptonRequirement requirement;

    SelectionPreset(String id, LeptonRequirement requirement) {
        this.id = id;
        this.requirement = requirement;
    }

    /** The name used in configuration files and model cards, e.g. {@code thesis-3lep}. */
    public String id() {
        return id;
    }

    /**
     * The preset called {@code id}.
     *
     * @throws IllegalArgumentException naming the valid presets when there is none of that name
     */
    public static SelectionPreset byId(String id) {
        for (SelectionPreset p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown selection preset '" + id + "'; valid presets: "
                + Arrays.stream(values()).map(SelectionPreset::id).collect(Collectors.joining(", ")));
    }

    /** A new selector (with its own counters) using the default object cuts. */
    public EventSelector newSelector() {
        return requirement == null ? EventSelector.passThrough() : newSelector(ObjectSelectionConfig.DEFAULT);
    }

    /**
     * A new selector (with its own counters) using the given object cuts.
     *
     * @throws IllegalArgumentException for {@code none}, which applies no object cuts by definition
     */
    public EventSelector newSelector(ObjectSelectionConfig objects) {
        if (requirement == null) {
            throw new IllegalArgumentException("selection preset '" + id + "' applies no object cuts");
        }
        return EventSelector.of(objects, requirement);
    }

    @Override
    public String toString() {
        return id;
    }
}
