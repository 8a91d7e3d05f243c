package org.adtrigger.streams.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.TruthLabel;
import org.junit.jupiter.api.Test;

class TaskWindowTalliesTest {
    private static final ModelExpectation MODEL = new ModelExpectation(new double[] {1.0, 0.3, 0.2, 0.1}, 100);
    private static final long WINDOW_MS = 1000;

    private final TaskWindowTallies tallies = new TaskWindowTallies(new TumblingWindows(WINDOW_MS, 0), 7, MODEL, 2);
    private final Map<String, WindowUpdate> sent = new LinkedHashMap<>();

    @Test
    void drainsOnePartialPerWindowAndKeyThenTheProgressOfTheTask() {
        tallies.add(scored("a", 1, 2), 10);
        tallies.add(scored("a", 1, 0), 20);
        tallies.add(scored("b", 2, 3), 30);
        tallies.add(scored("a", 1, 1), WINDOW_MS + 5);
        tallies.drain((key, update, recordMs) -> sent.put(update.windowStart() + "/" + key, update));

        assertThat(sent.keySet()).containsExactlyInAnyOrder("0/ALL:all", "0/SAMPLE:a", "0/SAMPLE:b", "0/RUN:1", "0/RUN:2",
                WINDOW_MS + "/ALL:all", WINDOW_MS + "/SAMPLE:a", WINDOW_MS + "/RUN:1", "-1/" + WindowUpdate.PROGRESS_KEY);
        assertThat(sent.get("0/ALL:all").tally().count(0)).isEqualTo(3);
        assertThat(sent.get("0/ALL:all").tally().count(2)).isEqualTo(2);
        assertThat(sent.get("0/SAMPLE:a").tally().count(0)).isEqualTo(2);
        assertThat(sent.get("0/RUN:2").tally().count(3)).isEqualTo(1);
        assertThat(sent.get(WINDOW_MS + "/SAMPLE:a").tally().count(1)).isEqualTo(1);
        WindowUpdate progress = sent.get("-1/" + WindowUpdate.PROGRESS_KEY);
        assertThat(progress.source()).isEqualTo(7);
        assertThat(progress.sourceTime()).isEqualTo(WINDOW_MS + 5);
    }

    @Test
    void samplesBeyondTheCapShareTheOverflowTallyAndTheCapStartsAfreshAfterADrain() {
        for (String sample : new String[] {"a", "b", "c", "d", "c"}) {
            tallies.add(scored(sample, 1, 0), 10);
        }
        tallies.drain((key, update, recordMs) -> sent.put(key, update));
        assertThat(sent.get("SAMPLE:(other)").tally().count(0)).as("c, d and c again").isEqualTo(3);
        assertThat(sent).doesNotContainKeys("SAMPLE:c", "SAMPLE:d");

        sent.clear();
        tallies.add(scored("d", 1, 0), 20);
        tallies.drain((key, update, recordMs) -> sent.put(key, update));
        assertThat(sent).containsKey("SAMPLE:d").doesNotContainKey("SAMPLE:(other)");
    }

    @Test
    void drainsNothingWhenNothingWasTallied() {
        tallies.drain((key, update, recordMs) -> sent.put(key, update));
        assertThat(sent).isEmpty();
    }

    private static ScoredEvent scored(String sample, long run, int tier) {
        return ScoredEvent.newBuilder().setRun(run).setEventNumber(1).setSample(sample).setIsData(true)
                .setLabel(TruthLabel.UNKNOWN).setWeight(1.0).setEventTimeMs(0).setScore(tier).setTier(tier).setModelId("m")
                .setMetEt(0f).setAccepted(false).setAcceptPassFraction(0.1).build();
    }
}
