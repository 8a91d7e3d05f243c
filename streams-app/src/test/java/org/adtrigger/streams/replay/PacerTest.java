package org.adtrigger.streams.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PacerTest {

    /** Sends like the replay does: reserve, sleep the wait, send; returns how many went out by {@code untilNanos}. */
    private static long sendUntil(Pacer pacer, FakeClock clock, long untilNanos) {
        long sent = 0;
        while (true) {
            long wait = pacer.reserve(clock.nanoTime());
            if (wait > 0) {
                clock.sleepNanos(wait);
            }
            if (clock.nanoTime() > untilNanos) {
                return sent;
            }
            sent++;
        }
    }

    @Test
    void spacesEventsByTheInterval() {
        Pacer pacer = new Pacer(1000, 0);
        assertThat(pacer.reserve(0)).isZero();
        assertThat(pacer.reserve(0)).isEqualTo(1_000_000);
        assertThat(pacer.reserve(1_000_000)).isEqualTo(1_000_000);
        assertThat(pacer.reserve(2_500_000)).isEqualTo(500_000);
    }

    @Test
    void lateWakeUpsAreCaughtUpSoTheRateStaysExact() {
        for (double rate : new double[] {20_000, 200_000}) {
            FakeClock clock = new FakeClock(80_000); // every sleep 80 µs late: several intervals at these rates
            long sent = sendUntil(new Pacer(rate, 0), clock, 1_000_000_000L);
            assertThat((double) sent).as("events in 1 s at %s/s", rate).isBetween(rate * 0.999, rate * 1.001);
        }
    }

    @Test
    void fractionalIntervalsDoNotDrift() {
        Pacer pacer = new Pacer(30_000, 0); // 33 333.3 ns per event
        long wait = 0;
        for (int i = 0; i <= 30_000; i++) {
            wait = pacer.reserve(0);
        }
        assertThat(wait).isBetween(999_999_999L, 1_000_000_000L);
    }

    @Test
    void aStallIsForgivenBeyondTheCatchUpAllowance() {
        long maxLag = 20_000_000;
        Pacer pacer = new Pacer(1000, 0, maxLag);
        pacer.reserve(0);
        long afterStall = 1_000_000_000;
        int immediate = 0;
        while (pacer.reserve(afterStall) == 0) {
            immediate++;
        }
        // 20 ms of debt at 1 ms per event, then back on schedule
        assertThat(immediate).isEqualTo(21);
        assertThat(pacer.reserve(afterStall)).isEqualTo(2_000_000);
    }

    @Test
    void rateZeroNeverWaits() {
        Pacer pacer = new Pacer(0, 0);
        for (int i = 0; i < 1000; i++) {
            assertThat(pacer.reserve(0)).isZero();
        }
    }
}
