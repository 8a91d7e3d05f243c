package org.adtrigger.trainer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.adtrigger.testsupport.TestArchives;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.adtrigger.core.rmm.RmmBuilder;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.rmm.RmmOptions;
import org.adtrigger.core.selection.EventSelector;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.core.selection.SelectionResult;
import org.adtrigger.ingest.avro.EventArchiveReader;
import org.adtrigger.schema.Event;
import org.adtrigger.trainer.data.Batch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RmmBatchSourceTest {
    private static final SplitAssignment SPLIT = new SplitAssignment(0.2);
    private static final RmmLayout LAYOUT = RmmLayout.T4N6655;
    private static final String SELECTION = "thesis-2lep";

    @TempDir
    static Path dir;
    static List<Path> archives;

    @BeforeAll
    static void writeArchives() throws IOException {
        archives = List.of(TestArchives.write(dir.resolve("a.avro"), "zee,zmumu,ttbar", 600, 3),
                TestArchives.write(dir.resolve("b.avro"), "zee,zmumu,ttbar", 400, 4));
    }

    private static RmmBatchSource source(Split split, int batchSize) {
        return new RmmBatchSource(archives, LAYOUT, RmmOptions.DEFAULTS, SelectionPreset.byId(SELECTION), SPLIT,
                split, batchSize);
    }

    /** What the source should yield, computed event by event with the core classes directly. */
    private static List<float[]> expectedRows(Split split, List<Float> weights) throws IOException {
        EventSelector selector = EventSelector.forPreset(SELECTION);
        RmmBuilder builder = new RmmBuilder(LAYOUT, RmmOptions.DEFAULTS);
        List<float[]> rows = new ArrayList<>();
        for (Path archive : archives) {
            try (EventArchiveReader reader = EventArchiveReader.open(archive)) {
                while (reader.hasNext()) {
                    Event event = reader.next();
                    SelectionResult result = selector.select(event);
                    if (SPLIT.of(event) == split && result.isAccepted()) {
                        float[] row = new float[LAYOUT.cells()];
                        builder.build(result.event(), row, 0);
                        rows.add(row);
                        weights.add((float) event.getWeight());
                    }
                }
            }
        }
        return rows;
    }

    private static List<float[]> rows(RmmBatchSource source, List<Float> weights, List<Integer> sizes) {
        List<float[]> rows = new ArrayList<>();
        try (Stream<Batch> batches = source.batches()) {
            batches.forEach(b -> {
                sizes.add(b.size());
                rows.addAll(List.of(b.rows()));
                for (float w : b.weights()) {
                    weights.add(w);
                }
            });
        }
        return rows;
    }

    @Test
    void yieldsExactlyTheSelectedEventsOfItsSplitInBatches() throws IOException {
        for (Split split : Split.values()) {
            List<Float> expectedWeights = new ArrayList<>();
            List<float[]> expected = expectedRows(split, expectedWeights);
            List<Float> weights = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            List<float[]> actual = rows(source(split, 32), weights, sizes);

            assertThat(expected).isNotEmpty();
            assertThat(actual).containsExactlyElementsOf(expected);
            assertThat(weights).isEqualTo(expectedWeights);
            assertThat(sizes.subList(0, sizes.size() - 1)).allMatch(s -> s == 32);
        }
    }

    @Test
    void splitsArePartitionsOfTheSelectedEventsAndPassesRepeat() {
        RmmBatchSource training = source(Split.TRAINING, 50);
        RmmBatchSource validation = source(Split.VALIDATION, 50);
        assertThat(training.firstPass()).isEmpty();
        List<float[]> first = rows(training, new ArrayList<>(), new ArrayList<>());
        List<float[]> second = rows(training, new ArrayList<>(), new ArrayList<>());
        rows(validation, new ArrayList<>(), new ArrayList<>());

        assertThat(second).containsExactlyElementsOf(first);
        PassSummary t = training.firstPass().orElseThrow();
        PassSummary v = validation.firstPass().orElseThrow();
        assertThat(t.archiveRecords()).containsExactly(600L, 400L);
        assertThat(t.selection().seen() + v.selection().seen()).isEqualTo(1000);
        assertThat(t.selection().accepted()).isEqualTo(first.size());
        assertThat((double) v.selection().seen() / 1000).isBetween(0.15, 0.25);
    }
}
