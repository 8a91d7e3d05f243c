package org.adtrigger.harness.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Time the JVM's JIT compilers have spent since a start, as a share of the wall time since then. On two
 * cores a compiler thread busy with the broker's and Kafka Streams' code takes CPU from the run it is timed
 * with, so the benchmark warms up until this share is small and reports it for each timed run.
 */
final class JitTime {
    /** Compilation time per wall time below which a warm-up counts the code as compiled. */
    static final double SETTLED = 0.10;

    private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();

    private final long startCompileMs;
    private final long startNanos;

    private JitTime(long startCompileMs, long startNanos) {
        this.startCompileMs = startCompileMs;
        this.startNanos = startNanos;
    }

    /** Starts counting now; NaN shares where the JVM does not measure compilation time. */
    static JitTime start() {
        return new JitTime(compileMs(), System.nanoTime());
    }

    /** Compilation time since the start over the wall time since the start (can exceed 1 with several compiler threads). */
    double share() {
        long compile = compileMs();
        double wallMs = (System.nanoTime() - startNanos) / 1e6;
        return compile < 0 || !(wallMs > 0) ? Double.NaN : (compile - startCompileMs) / wallMs;
    }

    private static long compileMs() {
        return COMPILER != null && COMPILER.isCompilationTimeMonitoringSupported() ? COMPILER.getTotalCompilationTime() : -1;
    }
}
