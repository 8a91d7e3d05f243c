package org.adtrigger.ingest.adapters;

/** Sample names derived from file names, unless the user names the sample. */
public final class SampleNames {

    private SampleNames() {
    }

    /** The file name without its directory and last extension: {@code ttbar.csv} gives {@code ttbar}. */
    public static String fromFileName(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The user's sample name when given, else {@link #fromFileName}. */
    public static String of(String fileName, IngestOptions options) {
        return options.sample().orElseGet(() -> fromFileName(fileName));
    }
}
