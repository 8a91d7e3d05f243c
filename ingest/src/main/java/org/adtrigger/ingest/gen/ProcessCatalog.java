package org.adtrigger.ingest.gen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The processes the generator knows, by name. A process list is comma-separated; each entry is
 *
 * <ul>
 *   <li>{@code sm} (all SM processes), {@code bsm} (the BSM benchmark points), {@code all} (both);</li>
 *   <li>an SM sample name: {@code zee, zmumu, ztautau, wjets, ttbar, singletop, ww, wz, zz, h4l};</li>
 *   <li>a BSM family with masses in integer GeV, in the colon form or as the sample name it produces:
 *       {@code zprime:M} / {@code zprimeM}; {@code c1n2:M:MLSP} / {@code c1n2_M_MLSP};
 *       {@code slepton:M:MLSP} / {@code slepton_M_MLSP}; {@code wr:MWR:MN} / {@code wr_MWR_n_MN}; a bare
 *       family name means its benchmark points (zprime2000; c1n2_450_300 and c1n2_800_50;
 *       slepton_600_300; wr_4000_n_1000).</li>
 * </ul>
 * Names are case-insensitive; a sample may appear only once.
 */
public final class ProcessCatalog {
    private ProcessCatalog() {
    }

    /** One line for command-line help. */
    public static final String SYNTAX = "sm | bsm | all | zee | zmumu | ztautau | wjets | ttbar | singletop | ww | wz"
            + " | zz | h4l | zprime[:M] | c1n2[:M:MLSP] | slepton[:M:MLSP] | wr[:MWR:MN] (comma-separated)";

    private static final Map<String, Supplier<PhysicsProcess>> SM = new LinkedHashMap<>();

    static {
        SM.put("zee", DileptonResonance::zee);
        SM.put("zmumu", DileptonResonance::zmumu);
        SM.put("ztautau", DileptonResonance::ztautau);
        SM.put("wjets", WBosonJets::new);
        SM.put("ttbar", TopPair::new);
        SM.put("singletop", SingleTop::new);
        SM.put("ww", Diboson::ww);
        SM.put("wz", Diboson::wz);
        SM.put("zz", Diboson::zz);
        SM.put("h4l", HiggsToFourLeptons::new);
    }

    private record Family(String key, Pattern sampleName, Function<int[], PhysicsProcess> factory,
            List<int[]> benchmarks) {
        int arity() {
            return benchmarks.get(0).length;
        }
    }

    private static final List<Family> BSM = List.of(
            new Family("zprime", Pattern.compile("zprime(\\d+)"), m -> DileptonResonance.zprime(m[0]),
                    List.of(new int[] {2000})),
            new Family("c1n2", Pattern.compile("c1n2_(\\d+)_(\\d+)"), m -> CharginoNeutralino.of(m[0], m[1]),
                    List.of(new int[] {450, 300}, new int[] {800, 50})),
            new Family("slepton", Pattern.compile("slepton_(\\d+)_(\\d+)"), m -> SleptonPair.of(m[0], m[1]),
                    List.of(new int[] {600, 300})),
            new Family("wr", Pattern.compile("wr_(\\d+)_n_(\\d+)"), m -> RightHandedW.of(m[0], m[1]),
                    List.of(new int[] {4000, 1000})));

    /** All SM processes, in a fixed order. */
    public static List<PhysicsProcess> standardModel() {
        return SM.values().stream().map(Supplier::get).toList();
    }

    /** The BSM benchmark points. */
    public static List<PhysicsProcess> bsmBenchmarks() {
        List<PhysicsProcess> out = new ArrayList<>();
        for (Family f : BSM) {
            f.benchmarks().forEach(m -> out.add(f.factory().apply(m)));
        }
        return out;
    }

    /**
     * Parses a process list (see the class comment).
     *
     * @throws IllegalArgumentException naming the entry that is unknown, malformed, out of range or repeated
     */
    public static List<PhysicsProcess> parse(String list) {
        List<PhysicsProcess> out = new ArrayList<>();
        for (String entry : list.split(",")) {
            String name = entry.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("empty entry in process list '" + list + "'");
            }
            for (PhysicsProcess p : resolve(name)) {
                String sample = p.info().sample();
                if (out.stream().anyMatch(q -> q.info().sample().equals(sample))) {
                    throw new IllegalArgumentException("process " + sample + " listed twice in '" + list + "'");
                }
                out.add(p);
            }
        }
        return out;
    }

    private static List<PhysicsProcess> resolve(String name) {
        switch (name) {
            case "sm":
                return standardModel();
            case "bsm":
                return bsmBenchmarks();
            case "all": {
                List<PhysicsProcess> all = new ArrayList<>(standardModel());
                all.addAll(bsmBenchmarks());
                return all;
            }
            default:
                break;
        }
        Supplier<PhysicsProcess> sm = SM.get(name);
        if (sm != null) {
            return List.of(sm.get());
        }
        for (Family f : BSM) {
            if (name.equals(f.key())) {
                return f.benchmarks().stream().map(f.factory()).toList();
            }
            if (name.startsWith(f.key() + ":")) {
                return List.of(create(name, f, name.substring(f.key().length() + 1).split(":")));
            }
            Matcher m = f.sampleName().matcher(name);
            if (m.matches()) {
                String[] groups = new String[m.groupCount()];
                for (int i = 0; i < groups.length; i++) {
                    groups[i] = m.group(i + 1);
                }
                return List.of(create(name, f, groups));
            }
        }
        throw new IllegalArgumentException("unknown process '" + name + "'; known: " + SYNTAX);
    }

    private static PhysicsProcess create(String name, Family f, String[] fields) {
        int[] masses = masses(name, f, fields);
        try {
            return f.factory().apply(masses);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "': " + e.getMessage(), e);
        }
    }

    private static int[] masses(String name, Family f, String[] fields) {
        if (fields.length != f.arity()) {
            throw new IllegalArgumentException("'" + name + "': " + f.key() + " takes " + f.arity() + " mass(es)");
        }
        int[] masses = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            try {
                masses[i] = Integer.parseInt(fields[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + name + "': mass '" + fields[i] + "' is not an integer in GeV");
            }
        }
        return masses;
    }
}
