package org.adtrigger.ingest.root;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Opens and fully reads thousands of damaged copies of the real files. The reader may reject them only
 * with {@link RootFormatException}; any other exception or error, or a hang, fails the test with the
 * seed that reproduces it. {@code -Dfuzz.iterations=1000000} runs the long profile,
 * {@code -Dfuzz.seed=N} another sequence.
 */
class RootReaderFuzzIT {

    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 10_000);
    private static final long SEED = Long.getLong("fuzz.seed", 20240611L);
    private static final Duration SLOWEST_ITERATION = Duration.ofSeconds(5);

    @Test
    void damagedFilesFailOnlyWithRootFormatException() throws IOException {
        List<FuzzSample> samples = samples();
        Duration budget = Duration.ofSeconds(Math.max(600, ITERATIONS / 50));
        long started = System.nanoTime();
        int[] outcomes = assertTimeoutPreemptively(budget, () -> run(samples));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("ROOT fuzz: %d iterations in %.1f s (seed %d): %d read fully, %d rejected%n",
                ITERATIONS, seconds, SEED, outcomes[0], outcomes[1]);
        assertThat(outcomes[1]).as("mutations must be detected").isPositive();
        assertThat(outcomes[0]).as("some mutations are harmless").isPositive();
    }

    private static List<FuzzSample> samples() throws IOException {
        List<FuzzSample> samples = new ArrayList<>();
        samples.add(FuzzSample.of("data_A.4lep.root", true));
        samples.add(FuzzSample.of("data_A.4lep.root", false));
        samples.add(FuzzSample.of("uproot-Zmumu-uncompressed.root", true));
        samples.add(FuzzSample.of("uproot-Zmumu-lz4.root", false));
        samples.add(FuzzSample.of("uproot-Zmumu-zstd.root", false));
        samples.add(FuzzSample.of("uproot-Zmumu-lzma.root", false));
        samples.add(FuzzSample.of("uproot-HZZ.root", true));
        samples.add(FuzzSample.of("uproot-HZZ-zstd.root", true));
        samples.add(FuzzSample.of("nanoAOD_2015_CMS_Open_Data_ttbar.root", true));
        for (FuzzSample sample : samples) {
            readEverything(sample.name(), sample.bytes()); // undamaged, every sample must read
        }
        return samples;
    }

    /** Returns {read fully, rejected}. */
    private static int[] run(List<FuzzSample> samples) {
        int[] outcomes = new int[2];
        for (int i = 0; i < ITERATIONS; i++) {
            long seed = SEED + i;
            Mutator mutator = new Mutator(seed);
            FuzzSample sample = samples.get(Math.floorMod(Long.hashCode(seed * 0x9E3779B97F4A7C15L), samples.size()));
            Mutator.Mutant mutant = mutator.mutate(sample);
            long t0 = System.nanoTime();
            try {
                readEverything(sample.name(), mutant.bytes());
                outcomes[0]++;
            } catch (RootFormatException e) {
                assertThat(e.getMessage()).startsWith(sample.name());
                outcomes[1]++;
            } catch (Throwable t) {
                fail("iteration " + i + " (seed " + seed + ") on " + sample.name() + " after "
                        + mutant.description() + "threw " + t, t);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            if (took.compareTo(SLOWEST_ITERATION) > 0) {
                fail("iteration " + i + " (seed " + seed + ") on " + sample.name() + " took " + took + " after "
                        + mutant.description());
            }
        }
        return outcomes;
    }

    private static void readEverything(String name, byte[] bytes) throws IOException {
        try (RootFile file = RootFile.open(name, bytes)) {
            for (RootTree tree : file.trees()) {
                List<EntryRange> clusters = tree.clusters();
                for (RootBranch branch : tree.branches()) {
                    if (branch.kind() == BranchKind.UNSUPPORTED) {
                        continue;
                    }
                    BranchReader reader = tree.reader(branch.name());
                    for (EntryRange cluster : clusters) {
                        reader.read(cluster);
                    }
                }
            }
        }
    }
}
