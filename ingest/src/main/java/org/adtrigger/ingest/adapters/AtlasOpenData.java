package org.adtrigger.ingest.adapters;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.adtrigger.schema.ObjectType;

/**
 * ATLAS Open Data 13 TeV (2020 release) ntuples, tree {@code mini}: leptons from {@code lep_*} (lep_type
 * 11 electron, 13 muon), jets from {@code jet_*} b-tagged on {@code jet_MV2c10}, photons and τ leptons
 * from {@code photon_*} and {@code tau_*} where present, missing ET from {@code met_et}/{@code met_phi};
 * MeV turned into GeV. Weights: {@link AtlasOrigin}.
 *
 * <p>Sample names come from the release's file names: {@code data_A.4lep.root} is {@code data} (a data
 * file), {@code mc_361106.Zee.4lep.root} is {@code Zee}; other names give their stem.
 */
public final class AtlasOpenData implements RootFormat {

    /**
     * MV2c10 cut of the 77 % b-jet efficiency working point (ATLAS 2017 calibration), the one the release's
     * analysis examples use.
     */
    public static final double MV2C10_77 = 0.6459;

    @Override
    public String tree() {
        return "mini";
    }

    @Override
    public NtupleLayout layout(String fileName, Set<String> branches, IngestOptions options) {
        RootFormat.require(fileName, branches, "runNumber", "eventNumber", "met_et", "met_phi", "lep_pt",
                "jet_pt");
        double wp = options.btagWp().orElse(MV2C10_77);
        List<ObjectColumns> groups = new ArrayList<>();
        groups.add(ObjectColumns.of(TypeRule.leptonFlavour("lep_type"), "lep_pt", "lep_eta", "lep_phi")
                .energy("lep_E").charge("lep_charge").ptcone30("lep_ptcone30", false)
                .etcone20("lep_etcone20", false).tight("lep_isTightID", 1));
        groups.add(ObjectColumns.of(TypeRule.bTag("jet_MV2c10", OptionalDouble.of(wp)), "jet_pt",
                "jet_eta", "jet_phi").energy("jet_E").btag("jet_MV2c10"));
        if (branches.contains("photon_pt")) {
            groups.add(ObjectColumns.of(TypeRule.fixed(ObjectType.PHOTON), "photon_pt", "photon_eta",
                    "photon_phi").energy("photon_E").ptcone30("photon_ptcone30", false)
                    .etcone20("photon_etcone20", false).tight("photon_isTightID", 1));
        }
        if (branches.contains("tau_pt")) {
            ObjectColumns taus = ObjectColumns.of(TypeRule.fixed(ObjectType.TAU), "tau_pt", "tau_eta",
                    "tau_phi").energy("tau_E").tight("tau_isTightID", 1);
            if (branches.contains("tau_charge")) {
                taus.charge("tau_charge");
            }
            groups.add(taus);
        }
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        boolean dataFile = name.startsWith("data");
        String sample = options.sample().orElseGet(() -> sampleOf(name, dataFile));
        return new NtupleLayout(EnergyUnit.MEV.toGeV(), "runNumber", "eventNumber", "met_et", "met_phi",
                groups, new AtlasOrigin(sample, dataFile, options.lumiPb(), true));
    }

    private static String sampleOf(String name, boolean dataFile) {
        if (dataFile) {
            return "data";
        }
        String[] parts = name.split("\\.");
        // mc_<dataset id>.<process>.<collection>.root
        return parts.length >= 4 && parts[0].startsWith("mc_") ? parts[1] : SampleNames.fromFileName(name);
    }
}
