package org.adtrigger.ingest.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;

/** Per-sample totals of a stream of events: count, Σw, mean E_T^miss and mean object multiplicities. */
final class ArchiveSummary {
    private static final ObjectType[] TYPES = ObjectType.values();

    private static final class Totals {
        long events;
        double sumWeights;
        double sumMet;
        final long[] objects = new long[TYPES.length];
    }

    private final Map<String, Totals> samples = new TreeMap<>();

    void add(Event event) {
        Totals t = samples.computeIfAbsent(event.getSample(), s -> new Totals());
        t.events++;
        t.sumWeights += event.getWeight();
        t.sumMet += event.getMetEt();
        for (PhysObject o : event.getObjects()) {
            t.objects[o.getType().ordinal()]++;
        }
    }

    void print(PrintWriter out) {
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-18s %10s %14s %9s", "sample", "events",
                "sum_w", "<MET>"));
        for (ObjectType type : TYPES) {
            header.append(String.format(Locale.ROOT, " %8s", "<n_" + type.name().toLowerCase(Locale.ROOT) + ">"));
        }
        out.println(header);
        Totals all = new Totals();
        samples.forEach((name, t) -> {
            out.println(row(name, t));
            all.events += t.events;
            all.sumWeights += t.sumWeights;
            all.sumMet += t.sumMet;
            for (int i = 0; i < TYPES.length; i++) {
                all.objects[i] += t.objects[i];
            }
        });
        out.println(row("total", all));
    }

    private static String row(String name, Totals t) {
        double n = Math.max(1, t.events);
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-18s %10d %14.6g %9.2f", name, t.events,
                t.sumWeights, t.sumMet / n));
        for (long count : t.objects) {
            row.append(String.format(Locale.ROOT, " %8.3f", count / n));
        }
        return row.toString();
    }
}
