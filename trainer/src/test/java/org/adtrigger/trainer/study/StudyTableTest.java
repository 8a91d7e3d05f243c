package org.adtrigger.trainer.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StudyTableTest {
    private static StudyTable table() {
        return new StudyTable("process", "AUC").add("zee", "0.91").add("h4l", "1.0000");
    }

    @Test
    void markdownAlignsNumbersRight() {
        assertThat(table().markdown()).isEqualTo("""
                | process | AUC |
                | --- | ---: |
                | zee | 0.91 |
                | h4l | 1.0000 |
                """);
    }

    @Test
    void textPadsEveryColumnToItsWidestCell() {
        assertThat(table().text()).isEqualTo("""
                process     AUC
                zee        0.91
                h4l      1.0000
                """);
    }

    @Test
    void fixedFormatsFiniteNumbersAndMarksTheRest() {
        assertThat(StudyTable.fixed(0.98765, 3)).isEqualTo("0.988");
        assertThat(StudyTable.fixed(Double.NaN, 3)).isEqualTo("–");
    }

    @Test
    void aRowMustFillEveryColumn() {
        assertThatThrownBy(() -> table().add("only one")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 cells").hasMessageContaining("2 columns");
    }
}
