package org.adtrigger.ingest.adapters;

import java.io.IOException;
import java.util.List;

/** How a columnar format gives each event its sample, dataset, data flag and weight. */
public interface OriginRule {

    /** The columns the rule reads. */
    List<String> columns();

    EventOrigin origin(ColumnBlock block, int entry) throws IOException, BadRecordException;

    /**
     * The same sample, dataset and data flag for every event; the weight is the (first) value of
     * {@code weightColumn}, or 1 when that is null.
     */
    static OriginRule weightColumn(String sample, int datasetId, boolean isData, String weightColumn) {
        return new OriginRule() {
            @Override
            public List<String> columns() {
                return weightColumn == null ? List.of() : List.of(weightColumn);
            }

            @Override
            public EventOrigin origin(ColumnBlock block, int entry) throws IOException, BadRecordException {
                double weight = weightColumn == null ? 1 : block.scalar(weightColumn, entry);
                return new EventOrigin(sample, datasetId, isData, weight);
            }
        };
    }
}
