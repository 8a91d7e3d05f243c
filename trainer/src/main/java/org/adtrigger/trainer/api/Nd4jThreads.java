package org.adtrigger.trainer.api;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Caps the threads ND4J computes with. Its OpenMP and BLAS workers spin while they wait for work, so on a
 * small shared machine more threads than free cores make each step slower, not faster (measured on the
 * project's 2-core machine: about ten times slower with two busy-waiting threads under contention); the
 * trainer therefore defaults to one.
 *
 * <p>ND4J reads the environment variable {@code OMP_NUM_THREADS} once, when its native backend loads, and
 * a JVM cannot set its own environment; so this loads the backend and then overrides all three pools it
 * uses: the OpenMP team, libnd4j's own thread pool (the {@code Environment} limits) and OpenBLAS.
 */
public final class Nd4jThreads {
    private Nd4jThreads() {
    }

    public static void limit(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        // the environment call loads the backend, which the native-ops holder needs first
        Nd4j.getEnvironment().setMaxThreads(threads);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }
}
