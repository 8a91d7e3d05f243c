package org.adtrigger.scoring.onnx;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import ai.onnxruntime.OrtEnvironment;

/**
 * ONNX Runtime's process-wide environment, first created on a thread with a 64 MiB stack.
 *
 * <p>Why: with ONNX Runtime 1.29 on Linux, loading the native library uses stack in proportion to the
 * length of the JVM's command line. Measured on JDK 17: on a default 1 MiB thread stack the JVM dies of
 * SIGSEGV (no hs_err file) from about 4,000 characters of command line — a long {@code -cp} is enough —
 * and on 4 MiB from 30,000; a 64 MiB stack survived 120,000. The stack is only reserved address space,
 * and the thread ends once the environment exists.
 *
 * <p>Public so that every ONNX Runtime user in the project (the trainer's export parity test too) starts
 * the environment here rather than through {@code OrtEnvironment.getEnvironment()}.
 */
public final class SharedEnvironment {
    private static final long INIT_STACK_BYTES = 64L << 20;
    private static OrtEnvironment environment;

    private SharedEnvironment() {
    }

    public static synchronized OrtEnvironment get() {
        if (environment == null) {
            NativeExtraction.removeAtExit();
            FutureTask<OrtEnvironment> init = new FutureTask<>(OrtEnvironment::getEnvironment);
            new Thread(null, init, "onnxruntime-init", INIT_STACK_BYTES).start();
            try {
                environment = init.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("ONNX Runtime cannot start: " + e.getCause(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while ONNX Runtime was starting", e);
            }
        }
        return environment;
    }
}
