package org.adtrigger.streams.processors;

/**
 * Where in the pipeline an input record failed: the {@code DeadLetter.stage} code. Together with the reason
 * it tells an operator whether the input was bad (INTAKE) or the pipeline could not handle a valid event.
 */
public enum DeadLetterStage {
    /** Decoding and validation ({@code intake} node). */
    INTAKE,
    /** The model's event selection ({@code select} node). */
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
     * The stage of a topology node, from the names {@code AnomalyTopology} and {@code WindowStage} give them:
     * {@code intake}, {@code select}, {@code score}, {@code window-*}; any other node routes or writes outputs.
     */
    public static DeadLetterStage ofNode(String nodeId) {
        if (nodeId == null) {
            return OUTPUT;
        }
        if (nodeId.equals("intake") || nodeId.equals("events-source")) {
            return INTAKE;
        }
        if (nodeId.equals("select")) {
            return SELECTION;
        }
        if (nodeId.equals("score")) {
            return SCORING;
        }
        return nodeId.startsWith("window-") ? WINDOW : OUTPUT;
    }
}
