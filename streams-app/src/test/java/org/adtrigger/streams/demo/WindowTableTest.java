package org.adtrigger.streams.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;

import org.adtrigger.schema.WindowSummary;
import org.junit.jupiter.api.Test;

class WindowTableTest {
    // 2024-01-01T12:00:05Z
    private static final long START = 1_704_110_405_000L;
    private final WindowTable table = new WindowTable(ZoneOffset.UTC);

    @Test
    void aRowShowsTheCountsAndTheTier3SignificanceUnderTheirColumns() {
        // b3 = 0.1 × 10 000 = 1000, s3 = 1100 − 1000 = 100, Z3 = 100/√1000 = 3.16, Asimov √(2(1100·ln 1.1 − 100)) = 3.11
        WindowSummary window = Windows.all(START, 10_000, 4_100, 2_050, 1_100);
        // accepts: 1100 against 1000 ± √(1000 + 10²) = 33.2, pull as the summary gives it
        window.setAccepted(1_100L);
        window.setExpectedAccepted(1000.0);
        window.setExpectedAcceptedCardError(10.0);
        window.setAcceptPull(3.0151);
        String row = table.row(window, false);

        assertThat(row).isEqualTo(
                "12:00:05     2000   10000    4100    2050    1100    1000.0      1100    100.0    3.16    3.11"
                        + "    1100     1000.0±33.2   3.02");
        assertColumnsLineUp(table.header().get(0), row);
    }

    @Test
    void burstWindowsCarryTheMarkerAndOthersDoNot() {
        String quiet = table.row(Windows.all(START, 10_000, 4_000, 2_000, 990), false);
        String burst = table.row(Windows.all(START, 10_000, 4_300, 2_300, 1_300), true);

        assertThat(quiet).doesNotContain("burst");
        assertThat(burst).endsWith("  ◀ burst");
        assertThat(burst.substring(0, burst.indexOf("  ◀"))).hasSameSizeAs(quiet);
    }

    @Test
    void aDeficitGivesANegativeZAndNoBackgroundGivesDashes() {
        assertThat(table.row(Windows.all(START, 10_000, 4_000, 2_000, 900), false)).contains(" -100.0   -3.16");
        WindowSummary empty = Windows.all(START, 0, 0, 0, 0);
        empty.setZ(List.of(Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        empty.setAsimovZ(List.of(Double.NaN, Double.NaN, Double.NaN, Double.NaN));

        assertThat(table.row(empty, false)).endsWith(" 0.0         0      0.0       -       -       0         0.0±0.0      -");
    }

    @Test
    void theHeaderNamesEveryColumnAndExplainsTheSymbols() {
        List<String> header = table.header();

        assertThat(header.get(0).split(" +")).containsExactly(
                "window", "rate/Hz", "N", "tier1", "tier2", "tier3", "b3", "obs3", "s3", "Z3", "Z3(A)", "acc", "exp", "pull");
        assertThat(header.get(1)).contains("b3 = card pass fraction x N", "Z3 = s3/sqrt(b3)", "pull = (acc - exp)/error");
    }

    /** Every column title ends where the row's value ends (both right-aligned). */
    private static void assertColumnsLineUp(String header, String row) {
        assertThat(header).hasSameSizeAs(row);
        for (int i = 1; i < header.length(); i++) {
            if (header.charAt(i) == ' ' && header.charAt(i - 1) != ' ' && i > "window".length()) {
                assertThat(row.charAt(i)).as("column ending at %d", i).isEqualTo(' ');
                assertThat(row.charAt(i - 1)).as("column ending at %d", i).isNotEqualTo(' ');
            }
        }
    }
}
