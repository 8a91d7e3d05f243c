package org.adtrigger.trainer.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A study's result table: a header and rows of already formatted cells, as Markdown or aligned text. */
public final class StudyTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public StudyTable(String... header) {
        this.header = List.of(header);
    }

    /** Appends a row; it must have one cell per column. */
    public StudyTable add(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, the table " + header.size()
                    + " columns");
        }
        rows.add(List.of(cells));
        return this;
    }

    /** {@code v} with {@code digits} decimals, or "–" when it is not a finite number. */
    public static String fixed(double v, int digits) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + digits + "f", v) : "–";
    }

    public List<String> header() {
        return header;
    }

    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    /** A GitHub-flavoured Markdown table, first column left-aligned, the others right-aligned. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int c = 0; c < header.size(); c++) {
            md.append(c == 0 ? " --- |" : " ---: |");
        }
        md.append('\n');
        for (List<String> row : rows) {
            md.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return md.toString();
    }

    /** Columns padded to their widest cell, for the terminal. */
    public String text() {
        int[] widths = new int[header.size()];
        for (List<String> row : allRows()) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : allRows()) {
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                String pad = " ".repeat(widths[c] - cell.length());
                text.append(c == 0 ? cell + pad : "  " + pad + cell);
            }
            text.append('\n');
        }
        return text.toString();
    }

    private List<List<String>> allRows() {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }

    @Override
    public String toString() {
        return Arrays.toString(header.toArray()) + " × " + rows.size() + " rows";
    }
}
