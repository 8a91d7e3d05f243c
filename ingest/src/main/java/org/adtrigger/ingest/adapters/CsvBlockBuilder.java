package org.adtrigger.ingest.adapters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects CSV rows into an {@link ArrayBlock}: event fields become flat columns {@code event.<field>};
 * the filled slots of each object group become jagged columns {@code <group>.<field>}.
 */
final class CsvBlockBuilder {

    /** Reads one numeric cell of the current row by CSV column name; NaN for an empty cell. */
    interface Cells {
        double get(String column) throws BadRecordException;
    }

    private final CsvMapping mapping;
    private final List<Long> lines = new ArrayList<>();
    private final Map<String, Growing> columns = new LinkedHashMap<>();
    private final Map<String, List<Integer>> counts = new LinkedHashMap<>();

    CsvBlockBuilder(CsvMapping mapping) {
        this.mapping = mapping;
        mapping.event().keySet().forEach(field -> columns.put("event." + field, new Growing()));
        for (CsvMapping.Group g : mapping.groups()) {
            counts.put(g.name(), new ArrayList<>());
            g.columns().keySet().forEach(field -> columns.put(g.name() + "." + field, new Growing()));
        }
    }

    /** Adds the row read from line {@code line}; a cell that is not a number rejects the whole row. */
    void add(long line, Cells cells) throws BadRecordException {
        // parse the row completely before storing anything, so a bad cell leaves no partial row behind
        Map<String, double[]> row = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : mapping.event().entrySet()) {
            row.put("event." + field.getKey(), new double[] {cells.get(field.getValue())});
        }
        Map<String, Integer> filled = new LinkedHashMap<>();
        for (CsvMapping.Group g : mapping.groups()) {
            int n = 0;
            Map<String, double[]> values = new LinkedHashMap<>();
            g.columns().keySet().forEach(field -> values.put(field, new double[g.slots()]));
            for (int slot = 1; slot <= g.slots(); slot++) {
                double pt = cells.get(g.column("pt", slot));
                if (Double.isNaN(pt) || pt == 0) {
                    continue;
                }
                for (String field : g.columns().keySet()) {
                    values.get(field)[n] = cells.get(g.column(field, slot));
                }
                n++;
            }
            filled.put(g.name(), n);
            for (Map.Entry<String, double[]> field : values.entrySet()) {
                row.put(g.name() + "." + field.getKey(), Arrays.copyOf(field.getValue(), n));
            }
        }
        row.forEach((column, values) -> columns.get(column).addAll(values));
        filled.forEach((group, n) -> counts.get(group).add(n));
        lines.add(line);
    }

    ArrayBlock build(String source) {
        Map<String, Values> out = new LinkedHashMap<>();
        for (Map.Entry<String, Growing> column : columns.entrySet()) {
            String name = column.getKey();
            String group = name.substring(0, name.lastIndexOf('.'));
            double[] values = column.getValue().toArray();
            out.put(name, counts.containsKey(group)
                    ? Values.jagged(counts.get(group).stream().mapToInt(Integer::intValue).toArray(), values)
                    : Values.flat(values));
        }
        return ArrayBlock.lines(source, lines.stream().mapToLong(Long::longValue).toArray(), out);
    }

    /** A growable array of doubles. */
    private static final class Growing {
        private double[] values = new double[64];
        private int size;

        void addAll(double[] more) {
            if (size + more.length > values.length) {
                values = Arrays.copyOf(values, Math.max(values.length * 2, size + more.length));
            }
            System.arraycopy(more, 0, values, size, more.length);
            size += more.length;
        }

        double[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
