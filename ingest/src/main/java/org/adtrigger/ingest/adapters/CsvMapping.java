package org.adtrigger.ingest.adapters;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.Set;
import org.adtrigger.schema.ObjectType;

/**
 * How the columns of a CSV table become events: a properties file.
 * <pre>
 * unit = GeV                 # or MeV: momenta, energies, masses, absolute isolation, MET (default GeV)
 * delimiter = ,              # one character (default ,)
 * event.met = met            # required: missing ET
 * event.metPhi = met_phi     # optional: its azimuth; without it the RMM's m_T cells [0][i] are 0 and the
 *                            # model card says the model was trained without it
 * event.run = run            # optional (run 0 when absent)
 * event.number = event       # optional (the line number when absent)
 * event.weight = weight      # optional (1 when absent)
 * event.isData = false       # optional constant (default false; ingest --is-data overrides it)
 * objects = jet, lep         # object groups, each a set of columns repeated for slots 1..n
 * jet.type = JET             # JET, BJET, ELECTRON, MUON, PHOTON or TAU, the same for every slot; or
 * lep.typeColumn = lep{i}_ID # the type of each slot from a column, through
 * lep.typeMap = 11:ELECTRON, 13:MUON   # value (compared without its sign, as PDG codes carry the charge)
 *                                      # to type; a value the map lacks is a bad record
 * jet.slots = 4              # {i} in the column names below is the slot number (default 1)
 * jet.pt = j{i}_pt           # required: pt, eta, phi
 * jet.eta = j{i}_eta
 * jet.phi = j{i}_phi
 * jet.e = j{i}_e             # optional: e (energy) or mass; neither means massless
 * jet.btag = j{i}_btag       # optional: btag, charge, ptcone30, etcone20 (absolute), tight (1 = tight)
 * jet.btagWp = 0.6459        # optional: score at or above it makes a BJET, below a JET
 * </pre>
 * A slot whose pt cell is empty or 0 holds no object. Unknown keys are errors, so typos do not pass
 * silently. An identification or isolation the table does not have never rejects an object: without a
 * {@code tight} column every object counts as tight, without an isolation column its isolation is 0 (a
 * selection that requires them then relies on the table having been selected already).
 */
public final class CsvMapping {

    /** Per-object fields a group may map, besides its type, slots and working point. */
    static final List<String> FIELDS = List.of("typeColumn", "pt", "eta", "phi", "e", "mass", "charge", "btag",
            "ptcone30", "etcone20", "tight");
    static final List<String> EVENT_FIELDS = List.of("met", "metPhi", "run", "number", "weight");

    /**
     * One object group.
     *
     * @param type    the type of every object, or null when {@code typeColumn} and {@code typeMap} give it
     * @param columns field (from {@link #FIELDS}) to column-name pattern, {@code {i}} standing for the slot
     * @param typeMap value of the {@code typeColumn} column to object type; empty without a type column
     */
    record Group(String name, ObjectType type, int slots, Map<String, String> columns, OptionalDouble btagWp,
            Map<Long, ObjectType> typeMap) {

        /** The CSV column of {@code field} for slot {@code slot} (from 1). */
        String column(String field, int slot) {
            return columns.get(field).replace("{i}", Integer.toString(slot));
        }
    }

    private final String source;
    private final EnergyUnit unit;
    private final char delimiter;
    private final boolean isData;
    private final Map<String, String> event;
    private final List<Group> groups;

    private CsvMapping(String source, EnergyUnit unit, char delimiter, boolean isData, Map<String, String> event,
            List<Group> groups) {
        this.source = source;
        this.unit = unit;
        this.delimiter = delimiter;
        this.isData = isData;
        this.event = event;
        this.groups = groups;
    }

    public static CsvMapping read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return parse(file.getFileName().toString(), p);
    }

    /**
     * @throws IllegalArgumentException naming the mapping and key when the mapping is incomplete or wrong
     */
    static CsvMapping parse(String source, Properties p) {
        Set<String> unused = new HashSet<>(p.stringPropertyNames());
        Keys keys = new Keys(source, p, unused);
        EnergyUnit unit = EnergyUnit.parse(keys.optional("unit", "GeV"));
        String delimiter = keys.optional("delimiter", ",");
        if (delimiter.length() != 1) {
            throw keys.error("delimiter", "must be one character");
        }
        boolean isData = Boolean.parseBoolean(keys.optional("event.isData", "false"));
        Map<String, String> event = new LinkedHashMap<>();
        for (String field : EVENT_FIELDS) {
            String column = field.equals("met") ? keys.required("event." + field)
                    : keys.optional("event." + field, null);
            if (column != null) {
                event.put(field, column);
            }
        }
        List<Group> groups = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String name : keys.optional("objects", "").split(",")) {
            if (name.isBlank()) {
                continue;
            }
            // group names prefix the block's columns, beside the event.* ones
            if (name.trim().equals("event") || name.contains(".") || !names.add(name.trim())) {
                throw keys.error("objects", "names '" + name.trim() + "' twice, or a reserved or dotted name");
            }
            groups.add(group(name.trim(), keys));
        }
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException(source + ": unknown keys " + new java.util.TreeSet<>(unused));
        }
        return new CsvMapping(source, unit, delimiter.charAt(0), isData, event, List.copyOf(groups));
    }

    private static Group group(String name, Keys keys) {
        String fixed = keys.optional(name + ".type", null);
        String map = keys.optional(name + ".typeMap", null);
        boolean byColumn = keys.p().getProperty(name + ".typeColumn") != null;
        if ((fixed == null) == !byColumn || byColumn != (map != null)) {
            throw keys.error(name + ".type", "or " + name + ".typeColumn with " + name + ".typeMap is required, "
                    + "not both");
        }
        ObjectType type = fixed == null ? null : type(fixed, keys, name + ".type");
        Map<Long, ObjectType> typeMap = map == null ? Map.of() : typeMap(map, keys, name + ".typeMap");
        int slots;
        try {
            slots = Integer.parseInt(keys.optional(name + ".slots", "1").trim());
        } catch (NumberFormatException e) {
            slots = 0;
        }
        if (slots < 1) {
            throw keys.error(name + ".slots", "must be a positive integer");
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (String field : FIELDS) {
            boolean required = field.equals("pt") || field.equals("eta") || field.equals("phi");
            String column = required ? keys.required(name + "." + field) : keys.optional(name + "." + field, null);
            if (column != null) {
                if (slots > 1 && !column.contains("{i}")) {
                    throw keys.error(name + "." + field, "needs {i} for the slot number, as the group has "
                            + slots + " slots");
                }
                columns.put(field, column.trim());
            }
        }
        if (byColumn && wpOrNull(keys, name) != null) {
            throw keys.error(name + ".btagWp", "conflicts with " + name + ".typeColumn: the type comes from one");
        }
        if (columns.containsKey("e") && columns.containsKey("mass")) {
            throw keys.error(name + ".mass", "conflicts with " + name + ".e: give the energy or the mass");
        }
        String wp = keys.optional(name + ".btagWp", null);
        OptionalDouble btagWp = OptionalDouble.empty();
        if (wp != null) {
            try {
                btagWp = OptionalDouble.of(Double.parseDouble(wp.trim()));
            } catch (NumberFormatException e) {
                throw keys.error(name + ".btagWp", "is not a number");
            }
        }
        return new Group(name, type, slots, Map.copyOf(columns), btagWp, typeMap);
    }

    private static String wpOrNull(Keys keys, String group) {
        return keys.p().getProperty(group + ".btagWp");
    }

    private static ObjectType type(String text, Keys keys, String key) {
        try {
            return ObjectType.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw keys.error(key, "is not one of JET, BJET, ELECTRON, MUON, PHOTON, TAU: '" + text.trim() + "'");
        }
    }

    /** {@code 11:ELECTRON, 13:MUON}: whole values (their sign dropped) to types. */
    private static Map<Long, ObjectType> typeMap(String text, Keys keys, String key) {
        Map<Long, ObjectType> map = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            String[] parts = entry.split(":");
            if (parts.length != 2) {
                throw keys.error(key, "entry '" + entry.trim() + "' is not VALUE:TYPE");
            }
            long value;
            try {
                value = Math.abs(Long.parseLong(parts[0].trim()));
            } catch (NumberFormatException e) {
                throw keys.error(key, "value '" + parts[0].trim() + "' is not a whole number");
            }
            if (map.put(value, type(parts[1], keys, key)) != null) {
                throw keys.error(key, "maps " + value + " twice");
            }
        }
        return Map.copyOf(map);
    }

    String source() {
        return source;
    }

    EnergyUnit unit() {
        return unit;
    }

    char delimiter() {
        return delimiter;
    }

    boolean isData() {
        return isData;
    }

    /** Event field (from {@link #EVENT_FIELDS}) to CSV column, for the fields mapped. */
    Map<String, String> event() {
        return event;
    }

    List<Group> groups() {
        return groups;
    }

    /** Reads keys, remembering which were used. */
    private record Keys(String source, Properties p, Set<String> unused) {

        String required(String key) {
            String value = optional(key, null);
            if (value == null || value.isBlank()) {
                throw error(key, "is required");
            }
            return value;
        }

        String optional(String key, String fallback) {
            unused.remove(key);
            return p.getProperty(key, fallback);
        }

        IllegalArgumentException error(String key, String problem) {
            return new IllegalArgumentException(source + ": " + key + " " + problem);
        }
    }
}
