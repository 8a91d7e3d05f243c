package org.adtrigger.streams.window;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowKeyCapTest {
    private final WindowKeyCap cap = new WindowKeyCap(2);

    @Test
    void eachWindowAdmitsMaxKeysSamplesAndAsManyRunsThenTheOverflowKey() {
        assertThat(cap.admit(0, "SAMPLE:a")).isEqualTo("SAMPLE:a");
        assertThat(cap.admit(0, "SAMPLE:b")).isEqualTo("SAMPLE:b");
        assertThat(cap.admit(0, "SAMPLE:c")).isEqualTo("SAMPLE:(other)");
        assertThat(cap.admit(0, "SAMPLE:a")).as("an admitted key stays").isEqualTo("SAMPLE:a");
        assertThat(cap.admit(0, "RUN:1")).as("runs have their own budget").isEqualTo("RUN:1");
        assertThat(cap.admit(0, "RUN:2")).isEqualTo("RUN:2");
        assertThat(cap.admit(0, "RUN:3")).isEqualTo("RUN:(other)");
        assertThat(cap.admit(0, "ALL:all")).isEqualTo("ALL:all");
        assertThat(cap.admit(10, "SAMPLE:c")).as("another window, another budget").isEqualTo("SAMPLE:c");
    }

    @Test
    void aKeyLongerThanTheLimitGoesToTheOverflowKeyWhateverTheRoom() {
        assertThat(cap.admit(0, "SAMPLE:" + "s".repeat(WindowKeyCap.MAX_KEY_CHARS))).isEqualTo("SAMPLE:(other)");
        String longest = "SAMPLE:" + "s".repeat(WindowKeyCap.MAX_KEY_CHARS - "SAMPLE:".length());
        assertThat(cap.admit(0, longest)).isEqualTo(longest);
    }

    @Test
    void restoredKeysCountAndForgettingAWindowFreesItsBudget() {
        cap.restore(0, "SAMPLE:x");
        cap.restore(0, "SAMPLE:y");
        assertThat(cap.admit(0, "SAMPLE:z")).isEqualTo("SAMPLE:(other)");
        assertThat(cap.admit(0, "SAMPLE:x")).isEqualTo("SAMPLE:x");
        cap.forget(0);
        assertThat(cap.admit(0, "SAMPLE:z")).isEqualTo("SAMPLE:z");
    }
}
