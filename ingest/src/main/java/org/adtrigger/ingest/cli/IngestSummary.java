package org.adtrigger.ingest.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.adtrigger.ingest.adapters.BadRecord;

/**
 * What an ingest run did: per sample the events read, selected and written and their Σw; every bad record
 * (the first {@value #LISTED} listed in full) and every input that could not be read at all.
 */
final class IngestSummary {

    static final int LISTED = 20;

    /** Counts of one sample; Σw and Σw² of the written events. */
    static final class SampleCounts {
        long read;
        long selected;
        long written;
        double sumWeights;
        double sumWeights2;
    }

    private final Map<String, SampleCounts> samples = new TreeMap<>();
    private final List<BadRecord> listed = new ArrayList<>();
    private final List<String> failedInputs = new ArrayList<>();
    private long records;
    private long badRecords;

    SampleCounts sample(String name) {
        return samples.computeIfAbsent(name, s -> new SampleCounts());
    }

    void records(long count) {
        records += count;
    }

    void bad(BadRecord bad) {
        badRecords += bad.count();
        if (listed.size() < LISTED) {
            listed.add(bad);
        }
    }

    void failedInput(String reason) {
        failedInputs.add(reason);
    }

    long badRecords() {
        return badRecords;
    }

    List<String> failedInputs() {
        return failedInputs;
    }

    /** Whether everything was read: no bad record and no unreadable input. */
    boolean clean() {
        return badRecords == 0 && failedInputs.isEmpty();
    }

    Map<String, SampleCounts> samples() {
        return samples;
    }

    void print(PrintWriter out) {
        out.println(String.format(Locale.ROOT, "%-24s %10s %10s %10s %14s %14s", "sample", "read", "selected",
                "written", "sum_w", "sqrt(sum_w2)"));
        SampleCounts total = new SampleCounts();
        samples.forEach((name, c) -> {
            out.println(row(name, c));
            total.read += c.read;
            total.selected += c.selected;
            total.written += c.written;
            total.sumWeights += c.sumWeights;
            total.sumWeights2 += c.sumWeights2;
        });
        out.println(row("total", total));
        out.println(String.format(Locale.ROOT, "%d input records, %d bad, %d unreadable inputs", records, badRecords,
                failedInputs.size()));
        listed.forEach(bad -> out.println("bad: " + bad));
        if (badRecords > listed.stream().mapToLong(BadRecord::count).sum()) {
            out.println("bad: ... more bad records not listed");
        }
        failedInputs.forEach(reason -> out.println("unreadable: " + reason));
    }

    private static String row(String name, SampleCounts c) {
        return String.format(Locale.ROOT, "%-24s %10d %10d %10d %14.6g %14.6g", name, c.read, c.selected, c.written,
                c.sumWeights, Math.sqrt(c.sumWeights2));
    }
}
