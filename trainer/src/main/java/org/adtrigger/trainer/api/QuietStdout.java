package org.adtrigger.trainer.api;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Runs work with {@link System#out} discarded. SameDiff prints a line per op ("Added differentiated op ...")
 * straight to System.out when it builds the gradient graph, bypassing logging, which would bury the
 * command's own output. The command's writer was bound to the real stdout stream before, so it is not
 * affected. Not for concurrent use: System.out is global.
 */
public final class QuietStdout {
    private QuietStdout() {
    }

    public static <T> T during(Supplier<T> work) {
        PrintStream original = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            return work.get();
        } finally {
            System.setOut(original);
        }
    }
}
