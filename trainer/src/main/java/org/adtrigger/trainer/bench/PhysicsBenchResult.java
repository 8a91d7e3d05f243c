package org.adtrigger.trainer.bench;

import java.util.List;

/**
 * A physics benchmark run, as written to physics.json and tabulated in physics.md.
 *
 * @param createdAt   ISO-8601 start time
 * @param command     the command line
 * @param machine     cores and CPU model
 * @param wallSeconds wall time of the whole run
 * @param settings    sizes, seeds and training settings
 * @param samples     the background, then the signals
 * @param methods     how each method was trained and evaluated, in table order
 * @param rows        every signal × method
 */
record PhysicsBenchResult(String createdAt, String command, String machine, double wallSeconds,
                          BenchSettings settings, List<BenchSamples.Sample> samples, List<MethodRun> methods,
                          List<PhysicsRow> rows) {
}
