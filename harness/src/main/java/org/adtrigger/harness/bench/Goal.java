package org.adtrigger.harness.bench;

/**
 * A performance goal next to what was measured.
 *
 * @param goal     the goal in words
 * @param measured the measurement it is judged on
 * @param met      whether it was met; null when the run did not measure it
 */
record Goal(String goal, String measured, Boolean met) {

    String verdict() {
        return met == null ? "not measured" : met ? "met" : "NOT met";
    }
}
