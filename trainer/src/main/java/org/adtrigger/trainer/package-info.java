/**
 * Offline training of the anomaly scorer: a dense autoencoder or variational autoencoder learnt with SameDiff
 * from weighted batches of raw RMM rows, exported to ONNX with the preprocessing and the score inside the graph.
 *
 * <p>Typical use: {@link org.adtrigger.trainer.preprocess.CellStatistics#collect} over the training batches,
 * {@link org.adtrigger.trainer.model.AnomalyModel#create}, {@link org.adtrigger.trainer.train.Trainer#train},
 * then {@link org.adtrigger.trainer.onnx.OnnxExporter#export}.
 *
 * <p>ND4J runs its native ops on as many OpenMP threads as {@code OMP_NUM_THREADS} says (default: all cores).
 * Its workers spin while waiting, so on a machine shared with other busy processes fewer threads can be
 * faster; the module's tests run with one.
 */
package org.adtrigger.trainer;
