package org.adtrigger.trainer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.rmm.RmmOptions;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.trainer.pipeline.ArchivePaths;
import org.adtrigger.trainer.pipeline.MetPhiPresence;
import org.adtrigger.trainer.pipeline.RmmBatchSource;
import org.adtrigger.trainer.pipeline.Split;
import org.adtrigger.trainer.pipeline.SplitAssignment;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options that say which events a command learns from, shared by {@code train} and {@code tune}. */
final class DataOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "ARCHIVE",
            description = "Avro event archives; glob patterns (quoted) are expanded, e.g. 'bkg*.avro'.")
    List<String> data;

    @Option(names = "--preset", defaultValue = "T4N6655", paramLabel = "LAYOUT",
            description = "RMM layout: T4N6655, T5N10, T<k>N<n> or type:count,... (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--selection", defaultValue = "none", paramLabel = "PRESET",
            description = "Event selection: thesis-3lep, thesis-2lep, atlas-1lep, none (default: ${DEFAULT-VALUE}).")
    String selection;

    @Option(names = "--batch", defaultValue = "256", paramLabel = "N",
            description = "Events per mini-batch (default: ${DEFAULT-VALUE}).")
    int batch;

    /**
     * Checks the options, expands the archive patterns and sets up both splits (only the first event of each
     * archive is read, to see whether the archives record the E_T^miss azimuth).
     */
    Splits open() throws IOException {
        return open(RmmOptions.DEFAULTS);
    }

    /** {@link #open()} with RMM options other than the defaults. */
    Splits open(RmmOptions rmmOptions) throws IOException {
        RmmLayout layout = OptionValues.usage(spec, () -> RmmLayout.parse(preset));
        SelectionPreset selectionPreset = OptionValues.usage(spec, () -> SelectionPreset.byId(selection));
        int batchSize = OptionValues.positive(spec, "--batch", batch);
        List<Path> archives = ArchivePaths.expand(data);
        boolean metPhi = MetPhiPresence.of(archives);
        rmmOptions = rmmOptions.withMetPhi(rmmOptions.metPhi() && metPhi);
        SplitAssignment assignment = new SplitAssignment(SplitAssignment.DEFAULT_VALIDATION_FRACTION);
        return new Splits(layout, rmmOptions, selectionPreset,
                new RmmBatchSource(archives, layout, rmmOptions, selectionPreset, assignment, Split.TRAINING, batchSize),
                new RmmBatchSource(archives, layout, rmmOptions, selectionPreset, assignment, Split.VALIDATION,
                        batchSize));
    }

    /** Both splits of the archives and what they were built with. */
    record Splits(RmmLayout layout, RmmOptions rmmOptions, SelectionPreset selection, RmmBatchSource training,
                  RmmBatchSource validation) {
    }
}
