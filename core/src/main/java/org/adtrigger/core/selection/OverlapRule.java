package org.adtrigger.core.selection;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.adtrigger.core.kinematics.Kinematics;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;

/**
 * One step of the ΔR overlap removal: every object whose type is in {@code removed} and that lies within
 * ΔR &lt; {@code deltaR} (pseudorapidity ΔR) of a surviving object whose type is in {@code reference} is
 * removed. The two type sets must be disjoint, so a step never compares an object with itself and its
 * outcome does not depend on the order of the objects.
 *
 * @param removed   types this step may remove, not empty
 * @param reference types that cause the removal, not empty
 * @param deltaR    cone size, ≥ 0 (0 disables the step)
 */
public record OverlapRule(Set<ObjectType> removed, Set<ObjectType> reference, double deltaR) {

    private static final Set<ObjectType> JETS = EnumSet.of(ObjectType.JET, ObjectType.BJET);
    private static final Set<ObjectType> LEPTONS = EnumSet.of(ObjectType.ELECTRON, ObjectType.MUON);

    /**
     * The default chain, applied in this order:
     * <ol>
     *   <li>photons within 0.4 of an electron or muon: the lepton's own cluster or FSR, and the lepton is
     *       the better-identified object;</li>
     *   <li>jets within 0.2 of an electron: the electron's cluster is also reconstructed as a jet;</li>
     *   <li>jets within 0.4 of a photon: the same double counting for photons;</li>
     *   <li>electrons and muons within 0.4 of a remaining jet: non-prompt leptons from heavy-flavour decays
     *       inside jets.</li>
     * </ol>
     * The three steps that remove duplicates run before the step that judges leptons against jets: run
     * the other way round, every electron would be removed by the jet that is its own copy.
     */
    public static final List<OverlapRule> DEFAULT_CHAIN = List.of(
            new OverlapRule(EnumSet.of(ObjectType.PHOTON), LEPTONS, 0.4),
            new OverlapRule(JETS, EnumSet.of(ObjectType.ELECTRON), 0.2),
            new OverlapRule(JETS, EnumSet.of(ObjectType.PHOTON), 0.4),
            new OverlapRule(LEPTONS, JETS, 0.4));

    public OverlapRule {
        if (removed.isEmpty() || reference.isEmpty()) {
            throw new IllegalArgumentException("overlap rule needs removed and reference types");
        }
        removed = Collections.unmodifiableSet(EnumSet.copyOf(removed));
        reference = Collections.unmodifiableSet(EnumSet.copyOf(reference));
        if (!(deltaR >= 0.0)) {
            throw new IllegalArgumentException("overlap ΔR must be ≥ 0, got " + deltaR);
        }
        for (ObjectType t : removed) {
            if (reference.contains(t)) {
                throw new IllegalArgumentException("overlap rule removes and references " + t);
            }
        }
    }

    /**
     * Marks in {@code removed} the objects this step removes among those not yet marked.
     *
     * @return how many objects this step marked
     */
    int apply(List<PhysObject> objects, boolean[] removed) {
        int marked = 0;
        for (int i = 0; i < objects.size(); i++) {
            if (!removed[i] && this.removed.contains(objects.get(i).getType())
                    && nearReference(objects, removed, i)) {
                removed[i] = true;
                marked++;
            }
        }
        return marked;
    }

    private boolean nearReference(List<PhysObject> objects, boolean[] removed, int i) {
        PhysObject a = objects.get(i);
        for (int j = 0; j < objects.size(); j++) {
            PhysObject b = objects.get(j);
            if (!removed[j] && reference.contains(b.getType())
                    && Kinematics.deltaR(a.getEta(), a.getPhi(), b.getEta(), b.getPhi()) < deltaR) {
                return true;
            }
        }
        return false;
    }
}
