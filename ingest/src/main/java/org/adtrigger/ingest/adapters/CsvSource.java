package org.adtrigger.ingest.adapters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Events of a CSV table with a header line, mapped by a {@link CsvMapping}: rows are read a few thousand at
 * a time into a {@link ColumnBlock} (object slots become per-row object lists) and mapped by the same
 * {@link NtupleEventMapper} as the ROOT ntuples. Fields are split at the delimiter (no quoting). Blank
 * lines and lines starting with {@code #} are skipped; a row with the wrong number of fields or a cell that
 * is not a number is a bad record naming its line.
 */
public final class CsvSource extends TextEventSource {

    private static final int ROWS_PER_CHUNK = 4096;
    private static final String EVENT = "event.";

    private final CsvMapping mapping;
    private final NtupleEventMapper mapper;
    private final int fieldCount;
    private final Map<String, Integer> index = new HashMap<>();

    private CsvSource(TextLines lines, CsvMapping mapping, IngestOptions options, List<String> header) {
        super(lines);
        this.mapping = mapping;
        this.fieldCount = header.size();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i), i);
        }
        for (String column : csvColumns()) {
            if (!index.containsKey(column)) {
                throw new IllegalArgumentException(lines.name() + " has no column '" + column + "' that "
                        + mapping.source() + " maps");
            }
        }
        this.mapper = new NtupleEventMapper(layout(options));
    }

    public static CsvSource open(Path path, CsvMapping mapping, IngestOptions options) throws IOException {
        TextLines lines = TextLines.open(path);
        try {
            String header = lines.nextRecord();
            if (header == null) {
                throw new IllegalArgumentException(lines.name() + " has no header line");
            }
            List<String> names = new ArrayList<>();
            for (String name : split(header, mapping.delimiter())) {
                names.add(name.trim());
            }
            return new CsvSource(lines, mapping, options, names);
        } catch (IOException | RuntimeException e) {
            lines.close();
            throw e;
        }
    }

    private NtupleLayout layout(IngestOptions options) {
        List<ObjectColumns> groups = new ArrayList<>();
        for (CsvMapping.Group g : mapping.groups()) {
            String p = g.name() + ".";
            OptionalDouble wp = options.btagWp().isPresent() ? options.btagWp() : g.btagWp();
            boolean tagged = g.columns().containsKey("btag") && wp.isPresent();
            TypeRule type = g.type() == null ? TypeRule.byValue(p + "typeColumn", g.typeMap())
                    : tagged ? TypeRule.bTag(p + "btag", wp) : TypeRule.fixed(g.type());
            ObjectColumns spec = ObjectColumns.of(type, p + "pt", p + "eta", p + "phi")
                    .energy(mapped(g, "e")).mass(mapped(g, "mass")).charge(mapped(g, "charge"))
                    .btag(mapped(g, "btag")).ptcone30(mapped(g, "ptcone30"), false)
                    .etcone20(mapped(g, "etcone20"), false);
            // an identification the table lacks passes, as a missing isolation (0) does
            groups.add(g.columns().containsKey("tight") ? spec.tight(mapped(g, "tight"), 1) : spec.alwaysTight());
        }
        Map<String, String> event = mapping.event();
        return new NtupleLayout(mapping.unit().toGeV(), event.containsKey("run") ? EVENT + "run" : null,
                event.containsKey("number") ? EVENT + "number" : null, EVENT + "met", event.containsKey("metPhi") ? EVENT + "metPhi" : null, groups,
                OriginRule.weightColumn(SampleNames.of(lines.name(), options), 0, mapping.isData(),
                        event.containsKey("weight") ? EVENT + "weight" : null));
    }

    /** The block column of a group's field, or null when the mapping leaves the field out. */
    private static String mapped(CsvMapping.Group g, String field) {
        return g.columns().containsKey(field) ? g.name() + "." + field : null;
    }

    private List<String> csvColumns() {
        List<String> columns = new ArrayList<>(mapping.event().values());
        for (CsvMapping.Group g : mapping.groups()) {
            for (String field : g.columns().keySet()) {
                for (int slot = 1; slot <= g.slots(); slot++) {
                    columns.add(g.column(field, slot));
                }
            }
        }
        return columns;
    }

    @Override
    public EventChunk next() throws IOException {
        CsvBlockBuilder block = new CsvBlockBuilder(mapping);
        List<BadRecord> bad = new ArrayList<>();
        long records = 0;
        String line;
        while (records < ROWS_PER_CHUNK && (line = lines.nextRecord()) != null) {
            records++;
            String[] fields = split(line, mapping.delimiter());
            if (fields.length != fieldCount) {
                bad.add(BadRecord.line(lines.name(), lines.lineNumber(), "has " + fields.length
                        + " fields where the header has " + fieldCount));
                continue;
            }
            try {
                block.add(lines.lineNumber(), column -> cell(fields, column));
            } catch (BadRecordException e) {
                bad.add(BadRecord.line(lines.name(), lines.lineNumber(), e.getMessage()));
            }
        }
        if (records == 0) {
            return null;
        }
        EventChunk mapped = mapper.map(block.build(lines.name()));
        bad.addAll(mapped.bad());
        return new EventChunk(mapped.events(), bad, records);
    }

    /** The number in {@code column}'s cell, NaN when the cell is empty. */
    private double cell(String[] fields, String column) throws BadRecordException {
        String text = fields[index.get(column)].trim();
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new BadRecordException("column " + column + " '" + text + "' is not a number");
        }
    }

    private static String[] split(String line, char delimiter) {
        return line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1);
    }
}
