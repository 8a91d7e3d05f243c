package org.adtrigger.streams.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InjectionScheduleTest {
    private static final Path SIGNAL = Path.of("signal.avro");
    private static final long MS = 1_000_000;

    private static Injection byEvents(double fraction, long start, Long end) {
        return new Injection(SIGNAL, fraction, ReplayPoint.afterEvents(start), end == null ? null : ReplayPoint.afterEvents(end));
    }

    /** Indices (of {@code events}) that the schedule replaces, with no time passing. */
    private static List<Long> picks(InjectionSchedule schedule, long events) {
        List<Long> picked = new ArrayList<>();
        for (long i = 0; i < events; i++) {
            if (schedule.pick(i, 0, i) >= 0) {
                picked.add(i);
            }
        }
        return picked;
    }

    @Test
    void replacesTheFractionInsideTheWindowOnly() {
        List<Long> picked = picks(new InjectionSchedule(List.of(byEvents(0.25, 1000, 3000L)), 7, ReplayListener.NONE), 5000);
        assertThat(picked).allSatisfy(i -> assertThat(i).isBetween(1000L, 2999L));
        // 2000 draws at p = 0.25: σ ≈ 19, so ±60 is over 3σ
        assertThat(picked.size()).isBetween(440, 560);
        assertThat(picked.get(0)).isLessThan(1020);
        assertThat(picked.get(picked.size() - 1)).isGreaterThan(2980);
    }

    @Test
    void theSameSeedPicksTheSameEvents() {
        Injection injection = byEvents(0.1, 0, null);
        List<Long> a = picks(new InjectionSchedule(List.of(injection), 42, ReplayListener.NONE), 10_000);
        List<Long> b = picks(new InjectionSchedule(List.of(injection), 42, ReplayListener.NONE), 10_000);
        List<Long> c = picks(new InjectionSchedule(List.of(injection), 43, ReplayListener.NONE), 10_000);
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void anOpenEndedWindowLastsToTheEnd() {
        List<Long> picked = picks(new InjectionSchedule(List.of(byEvents(1.0, 10, null)), 1, ReplayListener.NONE), 100);
        assertThat(picked).hasSize(90).startsWith(10L).endsWith(99L);
    }

    @Test
    void timeWindowsFollowTheElapsedTime() {
        Injection burst = new Injection(SIGNAL, 1.0, ReplayPoint.after(Duration.ofSeconds(30)), ReplayPoint.after(Duration.ofSeconds(60)));
        InjectionSchedule schedule = new InjectionSchedule(List.of(burst), 1, ReplayListener.NONE);
        assertThat(schedule.pick(0, 29_999 * MS, 0)).isEqualTo(-1);
        assertThat(schedule.pick(1, 30_000 * MS, 0)).isZero();
        assertThat(schedule.pick(2, 59_999 * MS, 0)).isZero();
        assertThat(schedule.pick(3, 60_000 * MS, 0)).isEqualTo(-1);
    }

    @Test
    void tellsWhenAWindowOpensAndClosesWithTheRecordTimestamp() {
        List<String> heard = new ArrayList<>();
        ReplayListener listener = new ReplayListener() {
            @Override
            public void injectionChanged(Injection injection, boolean active, long timestampMillis) {
                heard.add((active ? "open@" : "close@") + timestampMillis);
            }
        };
        picks(new InjectionSchedule(List.of(byEvents(0.5, 100, 200L)), 1, listener), 300);
        assertThat(heard).containsExactly("open@100", "close@200");
    }

    @Test
    void overlappingWindowsAreTriedInOrder() {
        InjectionSchedule schedule = new InjectionSchedule(
                List.of(byEvents(1.0, 0, 10L), byEvents(1.0, 5, 20L)), 1, ReplayListener.NONE);
        List<Integer> chosen = new ArrayList<>();
        for (long i = 0; i < 25; i++) {
            chosen.add(schedule.pick(i, 0, i));
        }
        assertThat(chosen.subList(0, 10)).containsOnly(0);
        assertThat(chosen.subList(10, 20)).containsOnly(1);
        assertThat(chosen.subList(20, 25)).containsOnly(-1);
    }
}
