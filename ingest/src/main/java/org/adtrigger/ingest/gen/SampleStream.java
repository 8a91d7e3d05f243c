package org.adtrigger.ingest.gen;

import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.adtrigger.schema.Event;

/**
 * The events of one process: a fixed count N, each with weight σ·L/N so that the sample's weights add up
 * to its expected yield σ·L. The random stream is derived from the seed and the sample name only, so a
 * process generates the same events whatever else is generated with it, and the first k events do not
 * depend on N. Run number = seed; event number = datasetId·10¹⁰ + index (unique across samples).
 */
final class SampleStream {
    static final long EVENT_NUMBER_STRIDE = 10_000_000_000L;
    /** 1 fb⁻¹ = 1000 pb⁻¹. */
    private static final double PB_PER_INVERSE_FB = 1000.0;

    private final PhysicsProcess process;
    private final long count;
    private final long run;
    private final double weight;
    private final SplittableRandom rng;
    private final TruthEvent truth = new TruthEvent();
    private final Detector detector = new Detector();
    private long produced;

    SampleStream(PhysicsProcess process, long count, long seed, double lumiInverseFb) {
        if (count < 1 || count >= EVENT_NUMBER_STRIDE) {
            throw new IllegalArgumentException("event count must be in [1, 10^10), got " + count);
        }
        this.process = process;
        this.count = count;
        this.run = seed;
        this.weight = process.info().crossSectionPb() * PB_PER_INVERSE_FB * lumiInverseFb / count;
        this.rng = new SplittableRandom(streamSeed(seed, process.info().sample()));
    }

    /** Mixes the seed with a 64-bit FNV-1a hash of the sample name through the SplitMix64 finaliser. */
    static long streamSeed(long seed, String sample) {
        long h = 0xcbf29ce484222325L;
        for (byte b : sample.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        long z = seed ^ h;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    PhysicsProcess process() {
        return process;
    }

    long count() {
        return count;
    }

    double weight() {
        return weight;
    }

    boolean hasNext() {
        return produced < count;
    }

    Event next() {
        if (!hasNext()) {
            throw new NoSuchElementException(process.info().sample() + ": all " + count + " events produced");
        }
        truth.clear();
        process.generate(rng, truth);
        Production.addPileUp(rng, truth);
        ProcessInfo info = process.info();
        Event event = new Event();
        event.setRun(run);
        event.setEventNumber(info.datasetId() * EVENT_NUMBER_STRIDE + produced);
        event.setSample(info.sample());
        event.setDatasetId(info.datasetId());
        event.setIsData(false);
        event.setWeight(weight);
        event.setLabel(info.label());
        event.setSqrtS((float) Production.SQRT_S);
        detector.reconstruct(rng, truth, event);
        produced++;
        return event;
    }
}
