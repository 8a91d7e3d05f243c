package org.adtrigger.ingest.adapters;

import java.util.ArrayList;
import java.util.List;

/**
 * A columnar format in full: the unit of its energies, the event-level
 * columns, the object groups and how events get their origin and weight. The ROOT formats differ only in
 * their layouts; {@link NtupleEventMapper} does the rest.
 *
 * @param toGeV   factor turning the format's energies into GeV: 0.001 for MeV, 1 for GeV
 * @param run     run-number column, or null for formats without one (run 0)
 * @param event   event-number column, or null (the entry number is used)
 * @param met     missing-ET magnitude column (a scalar or a one-element vector)
 * @param metPhi  missing-ET azimuth column, or null for formats without one (metPhi NaN: see
 *                {@link EventValues#buildWithoutMetPhi})
 */
public record NtupleLayout(double toGeV, String run, String event, String met, String metPhi,
        List<ObjectColumns> objects, OriginRule origin) {

    public NtupleLayout {
        if (!(toGeV > 0)) {
            throw new IllegalArgumentException("energy unit factor must be positive, not " + toGeV);
        }
        objects = List.copyOf(objects);
    }

    /** Every column the layout reads, each once, in a stable order. */
    public List<String> columns() {
        List<String> out = new ArrayList<>();
        for (String c : new String[] {run, event, met, metPhi}) {
            add(out, c);
        }
        for (ObjectColumns group : objects) {
            group.columns().forEach(c -> add(out, c));
        }
        origin.columns().forEach(c -> add(out, c));
        return out;
    }

    private static void add(List<String> out, String column) {
        if (column != null && !out.contains(column)) {
            out.add(column);
        }
    }
}
