package org.adtrigger.trainer.bench;

import java.util.List;

/**
 * The parameters of a physics benchmark run, recorded with its results.
 *
 * @param backgroundEvents SM events generated (σ mix); 80 % train, the 20 % validation split is evaluated
 * @param signalEvents     events generated per signal
 * @param signals          the signal process list (ProcessCatalog syntax)
 * @param seed             base seed: background seed, signal k gets seed + 1 + k, training seed
 * @param lumiInverseFb    luminosity the weights are normalised to, fb⁻¹
 * @param epochs           maximum training epochs
 * @param preset           RMM layout
 * @param selection        event selection preset
 * @param threads          ND4J / ONNX Runtime threads
 * @param methods          the methods compared, in table order
 */
record BenchSettings(long backgroundEvents, long signalEvents, String signals, long seed, double lumiInverseFb,
                     int epochs, String preset, String selection, int threads, List<String> methods) {
}
