package org.adtrigger.trainer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.rmm.RmmOptions;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.trainer.api.TrainingData;
import org.adtrigger.trainer.pipeline.ArchivePaths;
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

    @Option(names = "--preset", defaultValue = RmmLayout.DEFAULT_PRESET, paramLabel = "LAYOUT",
            description = "RMM layout: T4N6655, T5N10, T<k>N<n> or type:count,... (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--selection", defaultValue = "none", paramLabel = "PRESET",
            description = "Event selection: thesis-3lep, thesis-2lep, atlas-1lep, none (default: ${DEFAULT-VALUE}).")
    String selection;

    @Option(names = "--batch", defaultValue = "256", paramLabel = "N",
            description = "Events per mini-batch (default: ${DEFAULT-VALUE}).")
    int batch;

    /** The archives, patterns expanded. */
    List<Path> archives() throws IOException {
        return ArchivePaths.expand(data);
    }

    RmmLayout layout() {
        return OptionValues.usage(spec, () -> RmmLayout.parse(preset));
    }

    SelectionPreset selection() {
        return OptionValues.usage(spec, () -> SelectionPreset.byId(selection));
    }

    int batchSize() {
        return OptionValues.positive(spec, "--batch", batch);
    }

    /** Checks the options, expands the archive patterns and sets up both splits with the default RMM options. */
    TrainingData open() throws IOException {
        RmmLayout layout = layout();
        SelectionPreset selectionPreset = selection();
        int batchSize = batchSize();
        return TrainingData.open(archives(), layout, RmmOptions.DEFAULTS, selectionPreset, batchSize);
    }
}
