package org.adtrigger.ingest.adapters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The archive formats {@code adtrigger ingest} reads, by their command-line names. */
public enum InputFormat {
    ATLAS_OPENDATA("atlas-opendata"),
    ADFILTER("adfilter"),
    NANOAOD("nanoaod"),
    DARKMACHINES("darkmachines"),
    CSV("csv");

    private final String id;

    InputFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static InputFormat byId(String id) {
        for (InputFormat f : values()) {
            if (f.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "'; known: "
                + Arrays.stream(values()).map(InputFormat::id).collect(Collectors.joining(", ")));
    }

    /**
     * Opens one input file.
     *
     * @throws IllegalArgumentException when the file lacks what the format needs, or CSV has no mapping
     */
    public EventSource open(Path file, IngestOptions options) throws IOException {
        return switch (this) {
            case ATLAS_OPENDATA -> RootEventSource.open(file, new AtlasOpenData(), options);
            case ADFILTER -> RootEventSource.open(file, new AdFilterNtuple(), options);
            case NANOAOD -> RootEventSource.open(file, new NanoAod(), options);
            case DARKMACHINES -> DarkMachinesSource.open(file, options);
            case CSV -> CsvSource.open(file, CsvMapping.read(options.mapping().orElseThrow(
                    () -> new IllegalArgumentException("CSV input needs a column mapping (--mapping FILE)"))),
                    options);
        };
    }

    @Override
    public String toString() {
        return id;
    }
}
