package org.adtrigger.trainer.tune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The halving logic with a fake objective: a trial's loss is final / epochs, and some trials blow up. */
class SuccessiveHalvingTest {
    /** A fake configuration: the loss it converges to, and the epoch count at which it fails (0: never). */
    record Fake(double finalLoss, int failsAt) {
    }

    /** Remembers every call, to check budgets and that survivors continue instead of restarting. */
    static final class FakeCandidate implements Candidate {
        final Fake fake;
        final List<Integer> calls = new ArrayList<>();
        int epochs;

        FakeCandidate(Fake fake) {
            this.fake = fake;
        }

        @Override
        public double trainTo(int totalEpochs) {
            calls.add(totalEpochs);
            if (fake.failsAt() > 0 && totalEpochs >= fake.failsAt()) {
                throw new TrialFailedException("diverged", null);
            }
            epochs = totalEpochs;
            return fake.finalLoss() * (1 + 1.0 / epochs);
        }
    }

    private final List<FakeCandidate> created = new ArrayList<>();

    private List<TrialRecord<Fake>> run(List<Fake> fakes, int eta, int maxEpochs) {
        return new SuccessiveHalving<Fake>(HalvingSchedule.plan(fakes.size(), eta, maxEpochs), f -> {
            FakeCandidate c = new FakeCandidate(f);
            created.add(c);
            return c;
        }, (rung, record) -> { }).run(fakes);
    }

    private static List<Fake> losses(double... finals) {
        List<Fake> fakes = new ArrayList<>();
        for (double f : finals) {
            fakes.add(new Fake(f, 0));
        }
        return fakes;
    }

    @Test
    void theBestSurvivesAndSurvivorsContinueWithGrowingBudgets() {
        var ranking = run(losses(5, 3, 9, 1, 7, 8, 2, 6, 4), 3, 9);

        assertThat(ranking).extracting(TrialRecord::id).startsWith(3, 6, 1);
        Map<Integer, List<Integer>> calls = Map.of(3, List.of(1, 3, 9), 6, List.of(1, 3), 1, List.of(1, 3),
                0, List.of(1));
        calls.forEach((id, expected) -> assertThat(created.get(id).calls).as("trial %d", id).isEqualTo(expected));
        TrialRecord<Fake> best = ranking.get(0);
        assertThat(best.rungs()).extracting(TrialRecord.RungResult::epochs).containsExactly(1, 3, 9);
        assertThat(best.loss()).isEqualTo(1.0 * (1 + 1.0 / 9));
        assertThat(ranking.get(1).lastRung()).isEqualTo(1);
        assertThat(ranking).extracting(TrialRecord::lastRung).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void tiesGoToTheEarlierTrial() {
        var ranking = run(losses(2, 1, 1, 1), 2, 4);

        assertThat(ranking).extracting(TrialRecord::id).containsExactly(1, 2, 3, 0);
        assertThat(created.get(3).calls).containsExactly(1);
    }

    @Test
    void aDivergedTrialDropsOutAndTheNextBestTakesItsPlace() {
        List<Fake> fakes = new ArrayList<>(losses(5, 3, 4));
        fakes.set(1, new Fake(0.1, 3));  // best loss, but fails when trained to 3 epochs
        var ranking = run(fakes, 3, 3);

        assertThat(ranking).extracting(TrialRecord::id).containsExactly(2, 0, 1);
        assertThat(ranking.get(2).failure()).contains("diverged");
        assertThat(ranking.get(2).loss()).isInfinite();
        assertThat(created.get(1).calls).containsExactly(1, 3);
    }

    @Test
    void repeatsExactly() {
        var first = run(losses(5, 3, 9, 1, 7, 8, 2, 6, 4), 3, 9);
        var second = run(losses(5, 3, 9, 1, 7, 8, 2, 6, 4), 3, 9);
        assertThat(second).extracting(TrialRecord::id).isEqualTo(first.stream().map(TrialRecord::id).toList());
    }
}
