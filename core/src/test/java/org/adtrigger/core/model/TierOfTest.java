package org.adtrigger.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The card's tier assignment, the one the stream tags with and the evaluation counts by: cuts at 100, 200, 300. */
class TierOfTest {
    private static final ModelCard.Thresholds CARD = new ModelCard.Thresholds("SCORE", 80, new double[] {100, 200, 300},
            new double[] {1, 0.1, 0.01, 0.001}, List.of(), List.of());

    @Test
    void aScoreMustBeStrictlyAboveACutToPassIt() {
        assertThat(CARD.tierOf(100.0)).isZero();
        assertThat(CARD.tierOf(100.001)).isEqualTo(1);
        assertThat(CARD.tierOf(200.0)).isEqualTo(1);
        assertThat(CARD.tierOf(200.001)).isEqualTo(2);
        assertThat(CARD.tierOf(300.001)).isEqualTo(ModelCard.TIERS);
        assertThat(CARD.tierOf(1e9)).isEqualTo(ModelCard.TIERS);
        assertThat(CARD.tierOf(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(CARD.tierOf(Double.NaN)).isZero();
    }

    @Test
    void theCutOfATierIsWhereTierOfReachesIt() {
        assertThat(CARD.cutOf(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(CARD.cutOf(2)).isEqualTo(200.0);
        for (double score : new double[] {-1, 100, 150, 200, 250, 300, 301}) {
            for (int tier = 0; tier <= ModelCard.TIERS; tier++) {
                assertThat(CARD.tierOf(score) >= tier).as("score %s, tier %d", score, tier)
                        .isEqualTo(score > CARD.cutOf(tier));
            }
        }
        assertThatThrownBy(() -> CARD.cutOf(ModelCard.TIERS + 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
