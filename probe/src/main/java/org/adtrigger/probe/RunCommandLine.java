package org.adtrigger.probe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line that starts {@code adtrigger run} in a JVM of its own with this JVM's Java and class path,
 * as an operator starts it against a given broker: the soak harness and the child-JVM tests start the app
 * this one way, so that they measure what operators run.
 */
public final class RunCommandLine {
    /** The streaming entry point, named rather than linked so that this module needs no app on its class path. */
    public static final String MAIN_CLASS = "org.adtrigger.streams.cli.StreamsMain";

    private RunCommandLine() {
    }

    /**
     * @param jvmOptions e.g. {@code -Xmx1g}
     * @param settings   configuration keys, each passed as {@code --set key=value}
     */
    public static List<String> of(List<String> jvmOptions, Path model, String bootstrap, int httpPort,
                                  Map<String, String> settings) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN_CLASS,
                "run", "--model", model.toString(), "--bootstrap", bootstrap, "--http-port", Integer.toString(httpPort)));
        settings.forEach((key, value) -> command.addAll(List.of("--set", key + "=" + value)));
        return command;
    }
}
