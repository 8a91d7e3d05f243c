package org.adtrigger.ingest.adapters;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.adtrigger.schema.ObjectType;

/**
 * The flat ntuple the ADFilter web tool reads (tree {@code Ntuple}), as its converters write it: per
 * object type a prefix ({@code JET_}, {@code bJET_}, {@code EL_}, {@code MU_}, {@code PH_}) with
 * {@code _pt}, {@code _eta}, {@code _phi} vectors and an energy ({@code _e}) or mass ({@code _mass}) vector
 * where the converter writes one; missing ET in one-element vectors {@code MET_met}, {@code MET_phi}; the
 * event weight first in {@code Evt_Weight}. Values are in GeV.
 *
 * <p>The format has no run or event numbers (run 0, event = entry number), no charges (0) and no isolation
 * (0); its converters keep only tightly identified leptons and photons, so those are marked tight. Lepton
 * energies come from pT, η and the electron or muon mass. Every event is taken as simulation unless the
 * user names the sample; the weight is Evt_Weight as written.
 */
public final class AdFilterNtuple implements RootFormat {

    private static final double ELECTRON_MASS = 0.000511;
    private static final double MUON_MASS = 0.10566;

    private record Collection(String prefix, ObjectType type, double mass, boolean identified) {
    }

    private static final List<Collection> COLLECTIONS = List.of(
            new Collection("JET_", ObjectType.JET, 0, false),
            new Collection("bJET_", ObjectType.BJET, 0, false),
            new Collection("EL_", ObjectType.ELECTRON, ELECTRON_MASS, true),
            new Collection("MU_", ObjectType.MUON, MUON_MASS, true),
            new Collection("PH_", ObjectType.PHOTON, 0, true));

    @Override
    public String tree() {
        return "Ntuple";
    }

    @Override
    public NtupleLayout layout(String fileName, Set<String> branches, IngestOptions options) {
        RootFormat.require(fileName, branches, "MET_met", "MET_phi");
        List<ObjectColumns> groups = new ArrayList<>();
        for (Collection c : COLLECTIONS) {
            String p = c.prefix();
            if (!branches.contains(p + "pt")) {
                continue;
            }
            ObjectColumns group = ObjectColumns.of(TypeRule.fixed(c.type()), p + "pt", p + "eta", p + "phi");
            if (branches.contains(p + "e")) {
                group.energy(p + "e");
            } else if (branches.contains(p + "mass")) {
                group.mass(p + "mass");
            } else {
                group.fixedMass(c.mass());
            }
            if (c.identified()) {
                group.alwaysTight();
            }
            groups.add(group);
        }
        String weight = branches.contains("Evt_Weight") ? "Evt_Weight" : null;
        return new NtupleLayout(EnergyUnit.GEV.toGeV(), null, null, "MET_met", "MET_phi", groups,
                OriginRule.weightColumn(SampleNames.of(fileName, options), 0, false, weight));
    }
}
