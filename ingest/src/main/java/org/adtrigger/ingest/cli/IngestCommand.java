package org.adtrigger.ingest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ProgressBar;
import org.adtrigger.core.selection.EventSelector;
import org.adtrigger.core.selection.SelectionCountsText;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.ingest.adapters.CsvMapping;
import org.adtrigger.ingest.adapters.EnergyUnit;
import org.adtrigger.ingest.adapters.IngestOptions;
import org.adtrigger.ingest.adapters.InputFormat;
import org.adtrigger.ingest.avro.ArchiveCodec;
import org.adtrigger.ingest.avro.EventArchiveWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code adtrigger ingest}: physicists' archives to an Avro event archive, with optional event selection,
 * a progress bar and a per-sample summary. Exit codes: 0 when every record was read, 1 when some records
 * or inputs were bad (the good events are still written and the bad ones listed), 2 for usage errors.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Convert ROOT ntuples, Dark Machines text or CSV tables into an Avro event archive.")
final class IngestCommand implements Callable<Integer> {

    private static final int KB = 1024;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "atlas-opendata, adfilter, nanoaod, darkmachines or csv.")
    String format;

    @Option(names = "--in", required = true, arity = "1..*", paramLabel = "FILE", description = "Input files.")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output Avro archive.")
    Path out;

    @Option(names = "--selection", defaultValue = "none", paramLabel = "PRESET",
            description = "Event selection preset: none, thesis-3lep, thesis-2lep, atlas-1lep (default: ${DEFAULT-VALUE}).")
    String selection;

    @Option(names = "--lumi", defaultValue = "10", paramLabel = "FB-1",
            description = "Luminosity ATLAS Open Data MC weights are normalised to, in fb^-1 like every --lumi "
                    + "(default: ${DEFAULT-VALUE}).")
    double lumiFb;

    @Option(names = "--btag-wp", paramLabel = "SCORE",
            description = "b-tag working point on the format's score (default: ATLAS MV2c10 77%% 0.6459; "
                    + "NanoAOD medium WP of the score used).")
    Double btagWp;

    @Option(names = "--btag-branch", paramLabel = "BRANCH",
            description = "NanoAOD b-tag score branch (default: Jet_btagCSVV2, Jet_btagDeepB or Jet_btagDeepFlavB).")
    String btagBranch;

    @Option(names = "--mapping", paramLabel = "FILE", description = "Column mapping of CSV input (properties).")
    Path mapping;

    @Option(names = "--unit", defaultValue = "MeV", paramLabel = "UNIT",
            description = "Energy unit of Dark Machines text, MeV or GeV (default: ${DEFAULT-VALUE}).")
    String unit;

    @Option(names = "--sample", paramLabel = "NAME", description = "Sample name for every event (default: from the input).")
    String sample;

    @Option(names = "--is-data", description = "Mark every event as recorded data: isData true and weight 1, "
            + "whatever the format or the CSV mapping says (default: as the input says).")
    boolean isData;

    @Mixin
    ArchiveOutput output;

    @Override
    public Integer call() throws IOException {
        InputFormat inputFormat = ArchiveOutput.usage(spec, () -> InputFormat.byId(format));
        EventSelector selector = ArchiveOutput.usage(spec, () -> EventSelector.forPreset(selection));
        ArchiveCodec archiveCodec = output.codec(spec);
        IngestOptions options = ArchiveOutput.usage(spec, this::options);
        if (inputFormat == InputFormat.CSV) {
            if (mapping == null) {
                throw new ParameterException(spec.commandLine(), "--format csv needs --mapping FILE");
            }
            // read now so that a wrong mapping is a usage error, not one failure per input file
            ArchiveOutput.usage(spec, () -> {
                try {
                    return CsvMapping.read(mapping);
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot read mapping " + mapping + ": " + e.getMessage(), e);
                }
            });
        }
        IngestSummary summary;
        long totalBytes = 0;
        for (Path input : inputs) {
            totalBytes += Files.isRegularFile(input) ? Files.size(input) : 0;
        }
        try (EventArchiveWriter writer = EventArchiveWriter.create(out, archiveCodec, provenance(inputFormat));
                ProgressBar bar = output.progressBar("ingest", Math.max(1, totalBytes / KB), " kB")) {
            summary = new IngestRun(inputFormat, options, selector, isData).run(inputs, writer::append,
                    bytes -> {
                        if (bar != null) {
                            bar.stepTo(bytes / KB);
                        }
                    });
            // A run that could not read an input gives no archive: it would look complete without it.
            if (summary.failedInputs().isEmpty()) {
                writer.commit();
            }
        }
        summary.print(spec.commandLine().getOut());
        if (!selection.equals(SelectionPreset.NONE.id())) {
            SelectionCountsText.lines(selection, selector.counts()).forEach(spec.commandLine().getOut()::println);
        }
        if (summary.clean()) {
            return 0;
        }
        spec.commandLine().getErr().println("ingest: " + summary.badRecords() + " bad records and "
                + summary.failedInputs().size() + " unreadable inputs; " + (summary.failedInputs().isEmpty()
                        ? "the good events were written to " + out
                        : "no archive written to " + out + " (it would miss the unreadable inputs' events)"));
        return 1;
    }

    private IngestOptions options() {
        return IngestOptions.DEFAULTS.withLumiPb(lumiFb * 1000)
                .withBtagWp(btagWp == null ? OptionalDouble.empty() : OptionalDouble.of(btagWp))
                .withBtagBranch(Optional.ofNullable(btagBranch)).withSample(Optional.ofNullable(sample))
                .withTextUnit(EnergyUnit.parse(unit)).withMapping(Optional.ofNullable(mapping));
    }


    private Map<String, String> provenance(InputFormat inputFormat) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("ingest.format", inputFormat.id());
        meta.put("ingest.inputs", inputs.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(",")));
        meta.put("ingest.selection", selection);
        meta.put("ingest.lumi_fb", Double.toString(lumiFb));
        if (isData) {
            meta.put("ingest.is_data", "true");
        }
        if (btagWp != null) {
            meta.put("ingest.btag_wp", btagWp.toString());
        }
        if (btagBranch != null) {
            meta.put("ingest.btag_branch", btagBranch);
        }
        return meta;
    }

}
