package org.adtrigger.harness.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How fast one part of the benchmark got through its events.
 *
 * @param events              events processed
 * @param seconds             from the start (of the application, or of the loop) until the last was done
 * @param firstCommitSeconds  when the first outputs became visible (0 where nothing has to start up, such as
 *                            a loop in memory)
 * @param eventsAtFirstCommit events done by then
 * @param timeShares          where the time went, as fractions named for the reader (insertion order kept)
 * @param recordsPerEvent     records the run wrote per input event, by topic (Kafka Streams applications only;
 *                            internal topics named without the application id prefix)
 */
record Throughput(long events, double seconds, double firstCommitSeconds, long eventsAtFirstCommit,
                  Map<String, Double> timeShares, Map<String, Double> recordsPerEvent) {

    Throughput {
        if (events < 1 || !(seconds > 0)) {
            throw new IllegalArgumentException("a throughput needs events and a positive time, got " + events
                    + " events in " + seconds + " s");
        }
        timeShares = Collections.unmodifiableMap(new LinkedHashMap<>(timeShares));
        recordsPerEvent = Collections.unmodifiableMap(new LinkedHashMap<>(recordsPerEvent));
    }

    Throughput(long events, double seconds, double firstCommitSeconds, long eventsAtFirstCommit,
               Map<String, Double> timeShares) {
        this(events, seconds, firstCommitSeconds, eventsAtFirstCommit, timeShares, Map.of());
    }

    /** Records per input event on internal topics (repartition and changelog): {@code -repartition}/{@code -changelog}. */
    double internalRecordsPerEvent() {
        return recordsPerEvent.entrySet().stream()
                .filter(e -> e.getKey().endsWith("-repartition") || e.getKey().endsWith("-changelog"))
                .mapToDouble(Map.Entry::getValue).sum();
    }

    /** Whether this run had a start-up before its first outputs (a Kafka Streams application does). */
    boolean startsUp() {
        return firstCommitSeconds > 0;
    }

    /** Events per second over the whole time, start-up included. */
    double eventsPerSecond() {
        return events / seconds;
    }

    /**
     * Events per second once the first outputs were out: the rate without start-up; NaN when everything
     * was already out by then.
     */
    double steadyEventsPerSecond() {
        return eventsAtFirstCommit >= events ? Double.NaN : (events - eventsAtFirstCommit) / (seconds - firstCommitSeconds);
    }

    /** This result with more time shares after the ones it has. */
    Throughput withShares(Map<String, Double> more) {
        Map<String, Double> all = new LinkedHashMap<>(timeShares);
        all.putAll(more);
        return new Throughput(events, seconds, firstCommitSeconds, eventsAtFirstCommit, all, recordsPerEvent);
    }
}
