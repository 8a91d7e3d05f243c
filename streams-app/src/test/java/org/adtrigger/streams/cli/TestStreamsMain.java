package org.adtrigger.streams.cli;

/** The streaming CLI with the pass-through topology, for tests that run it in a child JVM. */
public final class TestStreamsMain {
    private TestStreamsMain() {
    }

    public static void main(String[] args) {
        System.exit(StreamsMain.commandLine(new RunCommand(PassThroughWiring::new)).execute(args));
    }
}
