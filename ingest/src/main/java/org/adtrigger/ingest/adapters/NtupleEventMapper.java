package org.adtrigger.ingest.adapters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.PhysObject;

/**
 * Turns blocks of a columnar input into events following a {@link NtupleLayout}: the one code path of
 * every columnar format (the ROOT ntuples and mapped CSV tables). A bad entry becomes a {@link BadRecord}
 * naming the source and entry; the other entries of the block are kept.
 */
public final class NtupleEventMapper {

    private final NtupleLayout layout;

    public NtupleEventMapper(NtupleLayout layout) {
        this.layout = layout;
    }

    /**
     * The events of one block.
     *
     * @throws IOException when a column of the block cannot be read; the caller decides what the block's
     *                     entries count as
     */
    public EventChunk map(ColumnBlock block) throws IOException {
        List<GroupReader> groups = new ArrayList<>(layout.objects().size());
        for (ObjectColumns spec : layout.objects()) {
            groups.add(new GroupReader(spec, layout.toGeV(), block));
        }
        List<Event> events = new ArrayList<>(block.entries());
        List<BadRecord> bad = new ArrayList<>();
        for (int i = 0; i < block.entries(); i++) {
            try {
                events.add(event(block, i, groups));
            } catch (BadRecordException e) {
                bad.add(block.bad(i, e.getMessage()));
            }
        }
        return new EventChunk(events, bad, block.entries());
    }

    private Event event(ColumnBlock block, int i, List<GroupReader> groups) throws IOException, BadRecordException {
        List<PhysObject> objects = new ArrayList<>();
        for (GroupReader group : groups) {
            group.read(i, objects);
        }
        EventOrigin origin = layout.origin().origin(block, i);
        long run = layout.run() == null ? 0 : integer(block, layout.run(), i);
        long number = layout.event() == null ? block.recordNumber(i) : integer(block, layout.event(), i);
        double metEt = block.scalar(layout.met(), i) * layout.toGeV();
        if (layout.metPhi() == null) {
            return new EventValues(run, number, origin.sample(), origin.datasetId(), origin.isData(), origin.weight(),
                    metEt, Double.NaN).buildWithoutMetPhi(objects);
        }
        return new EventValues(run, number, origin.sample(), origin.datasetId(), origin.isData(), origin.weight(),
                metEt, block.scalar(layout.metPhi(), i)).build(objects);
    }

    private static long integer(ColumnBlock block, String column, int i) throws IOException, BadRecordException {
        double v = block.scalar(column, i);
        if (v != Math.rint(v) || Math.abs(v) >= 0x1p63) {
            throw new BadRecordException(column + " " + v + " is not a whole number");
        }
        return (long) v;
    }
}
