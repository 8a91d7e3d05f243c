package org.adtrigger.streams.processors;

/**
 * The names of the topology's nodes that processors forward to. Each processor sends each of its outputs
 * straight to the node that takes it ({@code forward(record, childName)}) instead of forwarding one wrapper to
 * every child and letting filter and map nodes behind it sort the wrappers out: each node a record passes costs
 * the stream thread a record object and a call chain, and that plumbing, about a dozen nodes per event, was an
 * eighth of the scoring stream thread's time in {@code bench e2e}. {@code AnomalyTopology} gives the nodes these
 * names; {@link DeadLetterStage#ofNode} reads them back.
 */
public final class NodeNames {
    /** The input topic's source node. */
    public static final String SOURCE = "events-source";
    /** Decoding, validation and the model's event selection ({@link EventIntakeProcessor}). */
    public static final String INTAKE = "intake";
    /** The dead letters of the intake: inputs that failed decoding, validation or selection. */
    public static final String INTAKE_DEAD_LETTERS = "dead-letter-sink";
    /** Batch buffer, RMM, model, tagging and window tallies ({@link BatchScoringProcessor}). */
    public static final String SCORE = "score";
    /** Every scored event, to {@code scored-events}. */
    public static final String SCORED = "scored-sink";
    /** The events the operating point accepts, to {@code anomalies}. */
    public static final String ANOMALIES = "anomalies-sink";
    /** The dead letters of events that failed RMM building, scoring or tallying. */
    public static final String SCORE_DEAD_LETTERS = "score-dead-letter-sink";
    /** Where the window stage takes the scoring tasks' partial tallies and progress marks. */
    public static final String WINDOW_UPDATES = "window-outputs";

    private NodeNames() {
    }
}
