package org.adtrigger.trainer.study;

import java.time.Instant;
import java.util.List;

/**
 * How a study run was started, for its report.
 *
 * @param commandLine the arguments after {@code adtrigger}
 * @param started     wall-clock start
 * @param startNanos  {@link System#nanoTime()} at the start
 * @param software    the software and version
 */
public record StudyRun(List<String> commandLine, Instant started, long startNanos, String software) {
    public static StudyRun now(List<String> commandLine, String software) {
        return new StudyRun(List.copyOf(commandLine), Instant.now(), System.nanoTime(), software);
    }

    /** Seconds since the start. */
    public double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
