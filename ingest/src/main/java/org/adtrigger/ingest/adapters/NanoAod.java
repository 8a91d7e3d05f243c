package org.adtrigger.ingest.adapters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.adtrigger.schema.ObjectType;

/**
 * The basic objects of CMS NanoAOD (tree {@code Events}), already in GeV: muons, electrons, jets and, where
 * present, photons, with missing ET from {@code MET_pt}/{@code MET_phi}.
 * <ul>
 *   <li>Energies from pT, η and the {@code *_mass} branches.</li>
 *   <li>Isolation: ptcone30 = {@code *_pfRelIso03_all} × pT (particle-flow isolation, charged and neutral,
 *       in a 0.3 cone) where the branch exists; NanoAOD has no 0.2-cone calorimeter isolation, so etcone20
 *       is 0.</li>
 *   <li>Tight ID: {@code Muon_tightId}; {@code Electron_cutBased} ≥ 4 (tight); {@code Photon_cutBased} ≥ 3
 *       (tight); jets {@code Jet_jetId} ≥ 2 (tight bit set); false where the branch is absent.</li>
 *   <li>b-tagging: the first present of {@code Jet_btagCSVV2} (WP 0.8484), {@code Jet_btagDeepB} (0.6321) and
 *       {@code Jet_btagDeepFlavB} (0.3093), at the 2016 medium working points. CSVv2 comes first because
 *       NanoAOD made from older (2015) data carries DeepCSV only as a -1 placeholder; Run 3 NanoAOD has
 *       DeepJet only. Another branch (--btag-branch) needs an explicit working point.</li>
 *   <li>Weight: {@code genWeight} as written (NanoAOD carries no cross section; normalise with the Runs
 *       tree's genEventSumw downstream); files without genWeight are data, weight 1.</li>
 * </ul>
 */
public final class NanoAod implements RootFormat {

    /** Default b-tag scores in order of preference, with their medium working points. */
    private static final List<String> SCORES = List.of("Jet_btagCSVV2", "Jet_btagDeepB", "Jet_btagDeepFlavB");
    private static final Map<String, Double> MEDIUM_WP = Map.of("Jet_btagCSVV2", 0.8484, "Jet_btagDeepB", 0.6321,
            "Jet_btagDeepFlavB", 0.3093);
    private static final int ELECTRON_TIGHT = 4;
    private static final int PHOTON_TIGHT = 3;
    private static final int JET_TIGHT = 2;

    @Override
    public String tree() {
        return "Events";
    }

    @Override
    public NtupleLayout layout(String fileName, Set<String> branches, IngestOptions options) {
        RootFormat.require(fileName, branches, "run", "event", "MET_pt", "MET_phi", "Muon_pt", "Electron_pt",
                "Jet_pt");
        String score = options.btagBranch()
                .orElse(SCORES.stream().filter(branches::contains).findFirst().orElse(SCORES.get(0)));
        RootFormat.require(fileName, branches, score);
        OptionalDouble wp = options.btagWp().isPresent() ? options.btagWp()
                : MEDIUM_WP.containsKey(score) ? OptionalDouble.of(MEDIUM_WP.get(score)) : OptionalDouble.empty();
        if (wp.isEmpty()) {
            throw new IllegalArgumentException("no default b-tag working point for " + score
                    + ": give one with --btag-wp");
        }
        List<ObjectColumns> groups = new ArrayList<>();
        groups.add(lepton(branches, "Muon", ObjectType.MUON).tight(optional(branches, "Muon_tightId"), 1));
        groups.add(lepton(branches, "Electron", ObjectType.ELECTRON)
                .tight(optional(branches, "Electron_cutBased"), ELECTRON_TIGHT));
        groups.add(ObjectColumns.of(TypeRule.bTag(score, wp), "Jet_pt", "Jet_eta", "Jet_phi")
                .mass(optional(branches, "Jet_mass")).btag(score).tight(optional(branches, "Jet_jetId"), JET_TIGHT));
        if (branches.contains("Photon_pt")) {
            groups.add(ObjectColumns.of(TypeRule.fixed(ObjectType.PHOTON), "Photon_pt", "Photon_eta",
                    "Photon_phi").mass(optional(branches, "Photon_mass"))
                    .ptcone30(optional(branches, "Photon_pfRelIso03_all"), true)
                    .tight(optional(branches, "Photon_cutBased"), PHOTON_TIGHT));
        }
        boolean simulated = branches.contains("genWeight");
        return new NtupleLayout(EnergyUnit.GEV.toGeV(), "run", "event", "MET_pt", "MET_phi", groups,
                OriginRule.weightColumn(SampleNames.of(fileName, options), 0, !simulated,
                        simulated ? "genWeight" : null));
    }

    private static ObjectColumns lepton(Set<String> branches, String prefix, ObjectType type) {
        return ObjectColumns.of(TypeRule.fixed(type), prefix + "_pt", prefix + "_eta", prefix + "_phi")
                .mass(optional(branches, prefix + "_mass")).charge(optional(branches, prefix + "_charge"))
                .ptcone30(optional(branches, prefix + "_pfRelIso03_all"), true);
    }

    /** The branch name when the file has it, else null (the field is then left at its default). */
    private static String optional(Set<String> branches, String name) {
        return branches.contains(name) ? name : null;
    }
}
