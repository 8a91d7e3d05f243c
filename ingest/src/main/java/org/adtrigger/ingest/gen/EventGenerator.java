package org.adtrigger.ingest.gen;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.adtrigger.schema.Event;

/**
 * Synthetic 13 TeV collision events from a list of processes, as an iterator: deterministic for a given
 * process list, event count, seed and mix. Events are shared among the processes by {@link Allocation}; each
 * process's events carry weight σ·L/N_process; the processes are interleaved by a fixed schedule that
 * keeps every prefix of the output close to the final mixture (each step emits the process furthest
 * behind its share).
 *
 * <pre>{@code
 * EventGenerator gen = EventGenerator.of("sm,zprime:3000", 100_000, 1L, EventGenerator.DEFAULT_LUMI_INVERSE_FB);
 * while (gen.hasNext()) { Event e = gen.next(); ... }
 * }</pre>
 */
public final class EventGenerator implements Iterator<Event> {
    public static final double DEFAULT_LUMI_INVERSE_FB = 10.0;

    /**
     * One sample of the plan.
     *
     * @param info   the process
     * @param events how many of its events the generator produces
     * @param weight each event's weight σ·L/events
     */
    public record Sample(ProcessInfo info, long events, double weight) {
    }

    private final SampleStream[] streams;
    private final long[] emitted;
    private final long total;
    private long produced;

    private EventGenerator(List<SampleStream> streams, long total) {
        this.streams = streams.toArray(new SampleStream[0]);
        this.emitted = new long[this.streams.length];
        this.total = total;
    }

    /** Generator for a process list in {@link ProcessCatalog} syntax, e.g. {@code "sm"} or {@code "zee,c1n2:450:300"}. */
    public static EventGenerator of(String processList, long events, long seed, double lumiInverseFb) {
        return of(ProcessCatalog.parse(processList), events, seed, lumiInverseFb);
    }

    /** Generator with the {@link Mix#BALANCED} share of events among the processes. */
    public static EventGenerator of(List<PhysicsProcess> processes, long events, long seed, double lumiInverseFb) {
        return of(processes, events, seed, lumiInverseFb, Mix.BALANCED);
    }

    /**
     * @param events        total number of events, shared among the processes; a process whose share
     *                      rounds to zero is left out
     * @param lumiInverseFb integrated luminosity L [fb⁻¹] that the weights are normalised to
     * @param mix           how the events are shared among the processes
     */
    public static EventGenerator of(List<PhysicsProcess> processes, long events, long seed, double lumiInverseFb,
                                    Mix mix) {
        if (processes.isEmpty()) {
            throw new IllegalArgumentException("no process to generate");
        }
        if (events < 1) {
            throw new IllegalArgumentException("number of events must be positive, got " + events);
        }
        if (!(lumiInverseFb > 0.0 && Double.isFinite(lumiInverseFb))) {
            throw new IllegalArgumentException("luminosity must be positive, got " + lumiInverseFb);
        }
        double[] sigma = processes.stream().mapToDouble(p -> p.info().crossSectionPb()).toArray();
        long[] counts = Allocation.split(events, sigma, mix);
        List<SampleStream> streams = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                streams.add(new SampleStream(processes.get(i), counts[i], seed, lumiInverseFb));
            }
        }
        return new EventGenerator(streams, events);
    }

    public List<Sample> plan() {
        List<Sample> plan = new ArrayList<>(streams.length);
        for (SampleStream s : streams) {
            plan.add(new Sample(s.process().info(), s.count(), s.weight()));
        }
        return plan;
    }

    public long total() {
        return total;
    }

    public long remaining() {
        return total - produced;
    }

    @Override
    public boolean hasNext() {
        return produced < total;
    }

    @Override
    public Event next() {
        if (!hasNext()) {
            throw new NoSuchElementException("all " + total + " events generated");
        }
        double progress = (double) (produced + 1) / total;
        int pick = -1;
        double largestDeficit = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < streams.length; i++) {
            if (streams[i].hasNext()) {
                double deficit = streams[i].count() * progress - emitted[i];
                if (deficit > largestDeficit) {
                    largestDeficit = deficit;
                    pick = i;
                }
            }
        }
        emitted[pick]++;
        produced++;
        return streams[pick].next();
    }
}
