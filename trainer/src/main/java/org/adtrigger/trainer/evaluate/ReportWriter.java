package org.adtrigger.trainer.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a whole report directory: {@code metrics.json}, the PNG plots and {@code index.html}. */
public final class ReportWriter {
    private ReportWriter() {
    }

    /** Writes the report into {@code directory} (created if needed); returns the files written. */
    public static List<Path> write(Path directory, ReportContext context, Evaluation evaluation,
                                   ScoredEvents background, ScoredEvents signals) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        Path metrics = directory.resolve(MetricsJson.FILE);
        MetricsJson.write(metrics, context, evaluation);
        written.add(metrics);
        Path histogram = directory.resolve(ScoreHistogramPlot.FILE);
        ScoreHistogramPlot.write(histogram, background, signals, context.card().thresholds().tierCuts());
        written.add(histogram);
        for (SignalReport signal : evaluation.signals()) {
            Path roc = directory.resolve(RocPlot.fileName(signal.sample()));
            RocPlot.write(roc, signal, MethodName.of(context.card()));
            written.add(roc);
            Path scan = directory.resolve(MetScanPlot.fileName(signal.sample()));
            MetScanPlot.write(scan, signal);
            written.add(scan);
        }
        Path index = directory.resolve(HtmlReport.FILE);
        HtmlReport.write(index, context, evaluation);
        written.add(index);
        return written;
    }
}
