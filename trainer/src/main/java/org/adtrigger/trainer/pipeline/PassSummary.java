package org.adtrigger.trainer.pipeline;

import java.util.List;
import org.adtrigger.core.selection.SelectionCounts;

/**
 * What one complete pass over the archives saw.
 *
 * @param selection      the selection's counts over this split's events
 * @param archiveRecords records in each archive, in archive order (both splits, before selection)
 */
public record PassSummary(SelectionCounts selection, List<Long> archiveRecords) {
    public PassSummary {
        archiveRecords = List.copyOf(archiveRecords);
    }
}
