package org.adtrigger.streams.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import org.adtrigger.schema.WindowKeyType;
import org.junit.jupiter.api.Test;

class LiveTableTest {
    private final StringWriter printed = new StringWriter();
    private final LiveTable live = new LiveTable(new WindowTable(ZoneOffset.UTC), new PrintWriter(printed, true));

    @Test
    void printsTheHeaderOnceThenOneRowPerAllWindowMarkingTheBurst() {
        // burst from 7.5 s to 12.5 s: the windows [5, 10) and [10, 15) hold part of it, [0, 5) and [15, 20) none
        live.burstChanged(true, 7_500);
        for (long start = 0; start < 20_000; start += 5_000) {
            if (start == 15_000) {
                live.burstChanged(false, 12_500);
            }
            live.onWindowClosed(Windows.all(start, 10_000, 4_000, 2_000, 1_000));
            live.onWindowClosed(Windows.window(WindowKeyType.SAMPLE, "zprime2000", start, 10, 10, 10, 10));
        }

        List<String> lines = printed();
        assertThat(lines).hasSize(2 + 4);
        assertThat(lines.get(0)).startsWith("window");
        assertThat(lines.subList(2, 6)).extracting(line -> line.endsWith(WindowTable.BURST_MARKER))
                .containsExactly(false, true, true, false);
        assertThat(lines.subList(2, 6)).extracting(line -> line.substring(0, 8))
                .containsExactly("00:00:00", "00:00:05", "00:00:10", "00:00:15");
    }

    @Test
    void withoutABurstNoWindowIsMarked() {
        live.onWindowClosed(Windows.all(0, 10_000, 4_000, 2_000, 1_000));

        assertThat(printed().get(2)).doesNotContain("burst");
    }

    @Test
    void aBurstStillOnMarksEveryWindowFromItsStart() {
        live.burstChanged(true, 12_000);
        live.onWindowClosed(Windows.all(5_000, 10_000, 4_000, 2_000, 1_000));
        live.onWindowClosed(Windows.all(10_000, 10_000, 4_000, 2_000, 1_000));
        live.onWindowClosed(Windows.all(15_000, 10_000, 4_000, 2_000, 1_000));

        assertThat(printed().subList(2, 5)).extracting(line -> line.endsWith(WindowTable.BURST_MARKER))
                .containsExactly(false, true, true);
    }

    @Test
    void theSummarySeparatesTheBurstFromTheQuietWindows() {
        live.burstChanged(true, 5_000);
        live.burstChanged(false, 10_000);
        live.onWindowClosed(Windows.all(0, 10_000, 4_000, 2_000, 1_040));     // Z3 = 40/√1000 = 1.26
        live.onWindowClosed(Windows.all(5_000, 10_000, 4_300, 2_300, 1_300)); // Z3 = 300/√1000 = 9.49
        live.onWindowClosed(Windows.all(10_000, 10_000, 4_000, 2_000, 950));  // Z3 = −1.58

        assertThat(live.totals().summary()).containsExactly(
                "30000 events scored in 3 closed windows (2000 Hz)",
                "tier-3 anomalies: 3290 observed, 3000.0 expected from the background",
                "max Z3 in the 1 burst windows: 9.49; max |Z3| in the 2 others: 1.58",
                // accepts (tier 3): 1990 of 2000 ± √2000 outside, 1300 of 1000 ± √1000 in the burst
                "accepted outside the burst (2 windows, 10 s): 1990 observed (199.000 Hz), 2000.0 ± 44.7 expected "
                        + "(200.000 ± 4.472 Hz), pull -0.22",
                "accepted in the burst (1 windows, 5 s): 1300 observed (260.000 Hz), 1000.0 ± 31.6 expected "
                        + "(200.000 ± 6.325 Hz), pull 9.49");
    }

    @Test
    void theSummarySaysSoWhenNoWindowClosed() {
        assertThat(live.totals().summary()).singleElement().asString().startsWith("no window closed");
    }

    private List<String> printed() {
        return printed.toString().lines().toList();
    }

    @Test
    void waitingForTheLastWindowsReturnsWhenAWindowEndingAfterTheLastEventIsPrinted() throws Exception {
        live.onWindowClosed(Windows.all(0, 10_000, 4_000, 2_000, 1_000));
        Thread closer = new Thread(() -> {
            sleep(200);
            live.onWindowClosed(Windows.all(5_000, 10_000, 4_000, 2_000, 1_000));
        });
        closer.start();

        long started = System.nanoTime();
        assertThat(live.awaitWindowsUpTo(7_000, Duration.ofSeconds(30))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        closer.join();
    }

    @Test
    void waitingForTheLastWindowsEndsAtTheBoundWhenNoneCloses() throws Exception {
        live.onWindowClosed(Windows.all(0, 10_000, 4_000, 2_000, 1_000));

        long started = System.nanoTime();
        assertThat(live.awaitWindowsUpTo(5_000, Duration.ofMillis(300))).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
