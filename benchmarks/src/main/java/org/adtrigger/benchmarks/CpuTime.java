package org.adtrigger.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * CPU time used during each measured iteration, in microseconds, reported by JMH as secondary results:
 * {@code threadCpuMicros} of the benchmark thread and {@code processCpuMicros} of the whole fork (ONNX
 * Runtime's and ND4J's worker threads included; JIT and GC too, which are idle in steady state), next to
 * the iteration's wall-clock {@code wallMicros}.
 *
 * <p>Why: on a machine shared with other builds the benchmark thread runs for only part of each wall-clock
 * second, so ops/s measures the load as much as the code. Operations per CPU-second, i.e.
 * ops/s × wallMicros ÷ cpuMicros, is what one core that is really ours would do, and two variants compared per
 * CPU-second are compared on the work they do, not on the share of the machine they happened to get.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public long threadCpuMicros;
    public long processCpuMicros;
    public long wallMicros;
    private long wallStart;
    private long threadStart;
    private long processStart;

    @Setup(Level.Iteration)
    public void start() {
        wallStart = System.nanoTime();
        threadStart = THREADS.getCurrentThreadCpuTime();
        processStart = OS.getProcessCpuTime();
    }

    @TearDown(Level.Iteration)
    public void stop() {
        threadCpuMicros = (THREADS.getCurrentThreadCpuTime() - threadStart) / 1000;
        processCpuMicros = (OS.getProcessCpuTime() - processStart) / 1000;
        wallMicros = (System.nanoTime() - wallStart) / 1000;
    }
}
