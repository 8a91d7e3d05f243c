/**
 * Batch scoring of raw RMM cells with an exported model. {@link org.adtrigger.scoring.BatchScorer} is the
 * per-thread contract; {@code onnx} implements it with ONNX Runtime. Used by the stream and by the offline
 * evaluation, so both score exactly the same way.
 */
package org.adtrigger.scoring;
