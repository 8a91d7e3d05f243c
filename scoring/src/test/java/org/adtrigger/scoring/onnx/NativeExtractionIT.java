package org.adtrigger.scoring.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM that loads ONNX Runtime leaves no {@code onnxruntime-java*} directory in its temporary directory. */
class NativeExtractionIT {
    @TempDir
    Path tmp;

    @Test
    void theRuntimesExtractionDirectoryIsGoneAfterTheJvmExits() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(List.of(java, "-Djava.io.tmpdir=" + tmp, "-cp",
                System.getProperty("java.class.path"), LoadRuntime.class.getName()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(LoadRuntime.LOADED);
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("onnxruntime-java"));
        }
    }

    /** Loads the runtime the way the app does, and says so by its exit status. */
    public static final class LoadRuntime {
        static final int LOADED = 42;

        public static void main(String[] args) throws Exception {
            SharedEnvironment.get();
            // The runtime did extract into this JVM's temporary directory: otherwise the test proves nothing.
            try (Stream<Path> made = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                System.exit(made.anyMatch(p -> p.getFileName().toString().startsWith("onnxruntime-java")) ? LOADED : 1);
            }
        }
    }
}
