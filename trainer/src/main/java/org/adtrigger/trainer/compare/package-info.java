/**
 * {@code adtrigger compare}: recorded data against the Monte Carlo expectation through a trained model — per
 * anomaly region observed vs expected (Z_Bi), CLs limits on the visible cross-section, ADFilter's
 * cross-section, data/MC plots with ratio panels and a BumpHunter scan of the invariant masses. The statistics
 * themselves are in {@code org.adtrigger.core.stats}, free of file formats, for the stream to reuse.
 */
package org.adtrigger.trainer.compare;
