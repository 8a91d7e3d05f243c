/**
 * Synthetic 13 TeV proton–proton events standing in for Monte Carlo: SM backgrounds and BSM signals with
 * realistic kinematics, cross sections and a parametrised ATLAS-like detector. Start at
 * {@link org.adtrigger.ingest.gen.EventGenerator}; processes are named in
 * {@link org.adtrigger.ingest.gen.ProcessCatalog}. Units: GeV, radians, pb, fb⁻¹.
 */
package org.adtrigger.ingest.gen;
