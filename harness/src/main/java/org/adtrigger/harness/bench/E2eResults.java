package org.adtrigger.harness.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.adtrigger.scoring.machine.MachineInfo;

/**
 * Everything one {@code bench e2e} run measured, with what it ran on.
 *
 * @param date         when the run started
 * @param machine      cores, CPU model, JVM
 * @param loadAtStart  load averages (1 / 5 / 15 min) when it started
 * @param loadAtEnd    and when it ended
 * @param command      the command line
 * @param model        model id, layout, width, device, threads
 * @param events       which events
 * @param settings     the settings latency and throughput depend on (topology, scorer, producer)
 * @param passThrough  (a): Kafka I/O only
 * @param scoring      (b): the full scoring topology
 * @param raw          (c): decode + selection + RMM + model call, no Kafka
 * @param steps        event-to-output latency of (b) at each offered rate
 */
record E2eResults(Instant date, MachineInfo machine, String loadAtStart, String loadAtEnd, String command,
                  String model, String events, Map<String, String> settings,
                  Throughput passThrough, Throughput scoring, Throughput raw, List<LatencyStep> steps) {

    /**
     * The scoring topology's maximum sustained rate, which the latency steps are percentages of: its rate
     * after the first outputs (start-up excluded), or over the whole run when it finished in its first commit.
     */
    static double maximumRate(Throughput scoring) {
        double steady = scoring.steadyEventsPerSecond();
        return Double.isNaN(steady) ? scoring.eventsPerSecond() : steady;
    }
}
