package org.adtrigger.trainer.study;

import org.adtrigger.core.io.AtomicOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.adtrigger.trainer.evaluate.MetricsJson;

/**
 * What a study writes next to its plots: {@code results.json} (every number, the table, how it was made) and
 * {@code results.md} (the table, the notes and the plots, readable on GitHub or pasted into docs).
 *
 * @param study       the study's command name, e.g. {@code pt-scale}
 * @param title       one-line description
 * @param run         how and when it was started
 * @param seconds     wall time of the whole study
 * @param notes       Markdown paragraphs: what was done and how to read the table
 * @param table       the headline table
 * @param results     the study's full results, serialised as JSON
 * @param plots       PNG files already written into the report directory, by file name
 */
public record StudyReport(String study, String title, StudyRun run, double seconds,
                          List<String> notes, StudyTable table, Object results, List<String> plots) {
    public static final String JSON = "results.json";
    public static final String MARKDOWN = "results.md";

    /** Writes both files into {@code directory}; returns every file of the report, plots included. */
    public List<Path> write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("study", study);
        json.put("title", title);
        json.put("command", command());
        json.put("createdAt", run.started().toString());
        json.put("seconds", seconds);
        json.put("software", run.software());
        json.put("notes", notes);
        json.put("table", Map.of("header", table.header(), "rows", table.rows()));
        json.put("results", results);
        json.put("plots", plots);
        Path jsonFile = directory.resolve(JSON);
        MetricsJson.writeValue(jsonFile, json);

        StringBuilder md = new StringBuilder();
        md.append("# Study ").append(study).append(": ").append(title).append("\n\n");
        md.append('`').append(command()).append("` — ").append(run.started())
                .append(String.format(Locale.ROOT, ", %.0f s\n\n", seconds));
        for (String note : notes) {
            md.append(note).append("\n\n");
        }
        md.append(table.markdown()).append('\n');
        for (String plot : plots) {
            md.append("![").append(plot).append("](").append(plot).append(")\n");
        }
        Path mdFile = directory.resolve(MARKDOWN);
        AtomicOutput.writeString(mdFile, md.toString());

        List<Path> written = new ArrayList<>(List.of(jsonFile, mdFile));
        plots.forEach(p -> written.add(directory.resolve(p)));
        return written;
    }

    private String command() {
        return "adtrigger " + String.join(" ", run.commandLine());
    }
}
