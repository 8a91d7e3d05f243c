package org.adtrigger.harness.soak;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes each reading to the CSV file as it is taken (a run stopped early keeps what it had) and to the console. */
final class SampleLog implements AutoCloseable {
    private final Path file;
    private final BufferedWriter csv;
    private final PrintWriter console;

    SampleLog(Path file, PrintWriter console) throws IOException {
        this.file = file;
        this.console = console;
        this.csv = Files.newBufferedWriter(file);
        csv.write(SoakSample.CSV_HEADER);
        csv.newLine();
        csv.flush();
    }

    Path file() {
        return file;
    }

    void add(SoakSample s) throws IOException {
        csv.write(s.csvLine());
        csv.newLine();
        csv.flush();
        console.printf(Locale.ROOT, "%7.0f s  %-10s RSS %7.1f MiB  heap after GC %6.1f MiB  received %,11d  backlog %,9d%n",
                s.seconds(), s.phase().name().toLowerCase(Locale.ROOT), SoakSample.mib(s.rssBytes()),
                SoakSample.mib(s.heapAfterGcBytes()), s.received(), s.backlog());
        console.flush();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
