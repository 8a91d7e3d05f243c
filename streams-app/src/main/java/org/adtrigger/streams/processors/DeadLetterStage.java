package org.adtrigger.streams.processors;

/**
 * Where in the pipeline an input record failed: the {@code DeadLetter.stage} code. Together with the reason
 * it tells an operator whether the input was bad (INTAKE) or the pipeline could not handle a valid event.
 */
public enum DeadLetterStage {
    /** Decoding and validation ({@code intake} node). */
    INTAKE,
    /** The model's event selection (in the {@code intake} node). */
    SELECTION,
    /** Building the event's RMM, in the scoring processor. */
    RMM,
    /** The model call or tagging of the score, in the scoring processor ({@code score} node). */
    SCORING,
    /** Per-task window tallies and the window merger ({@code window-*} nodes). */
    WINDOW,
    /** Serializing or producing an output record (scored-events, anomalies, window-summaries) or internal record. */
    OUTPUT;

    /**
     * The stage of a topology node, from the names {@link NodeNames} and {@code WindowStage} give them:
     * {@code intake}, {@code score}, {@code window-*}; any other node writes outputs. (Selection runs in the
     * intake node, which dead-letters its failures with stage SELECTION itself.)
     */
    public static DeadLetterStage ofNode(String nodeId) {
        if (nodeId == null) {
            return OUTPUT;
        }
        if (nodeId.equals(NodeNames.INTAKE) || nodeId.equals(NodeNames.SOURCE)) {
            return INTAKE;
        }
        if (nodeId.equals(NodeNames.SCORE)) {
            return SCORING;
        }
        return nodeId.startsWith("window-") ? WINDOW : OUTPUT;
    }
}
