package org.adtrigger.trainer.compare;

import java.util.List;
import org.adtrigger.core.stats.ClsLimit;
import org.adtrigger.core.stats.ObservedSignificance;

/**
 * The counting experiment in one region and its spectra.
 *
 * @param significance     observed vs expected with the MC statistical error (Z_Bi)
 * @param limits           95 % CL CLs limits on the signal yield (events); null for the whole selection
 * @param adFilterFb       ADFilter's cross-section in the region, (N_obs − N_exp)/L, in fb
 * @param adFilterErrorFb  its statistical error √(N_obs + σ_b²)/L, fb
 */
public record RegionResult(Region region, ObservedSignificance significance, ClsLimit.Limits limits,
                           double adFilterFb, double adFilterErrorFb, List<Spectrum> spectra) {
}
