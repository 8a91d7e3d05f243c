package org.adtrigger.ingest.adapters;

import java.io.IOException;
import java.util.List;
import org.adtrigger.schema.PhysObject;

/** One {@link ObjectColumns} group bound to the columns of one block: reads the group's objects per entry. */
final class GroupReader {

    private final ObjectColumns spec;
    private final double toGeV;
    private final Values type;
    private final Values pt;
    private final Values eta;
    private final Values phi;
    private final Values energy;
    private final Values mass;
    private final Values charge;
    private final Values btag;
    private final Values ptcone30;
    private final Values etcone20;
    private final Values tight;

    GroupReader(ObjectColumns spec, double toGeV, ColumnBlock block) throws IOException {
        this.spec = spec;
        this.toGeV = toGeV;
        this.type = column(block, spec.type().column());
        this.pt = block.values(spec.pt());
        this.eta = block.values(spec.eta());
        this.phi = block.values(spec.phi());
        this.energy = column(block, spec.energy());
        this.mass = column(block, spec.mass());
        this.charge = column(block, spec.charge());
        this.btag = column(block, spec.btag());
        this.ptcone30 = column(block, spec.ptcone30());
        this.etcone20 = column(block, spec.etcone20());
        this.tight = column(block, spec.tight());
    }

    private static Values column(ColumnBlock block, String name) throws IOException {
        return name == null ? null : block.values(name);
    }

    /** Appends entry {@code entry}'s objects of this group to {@code into}. */
    void read(int entry, List<PhysObject> into) throws BadRecordException {
        int n = pt.count(entry);
        checkCount(type, spec.type().column(), entry, n);
        checkCount(eta, spec.eta(), entry, n);
        checkCount(phi, spec.phi(), entry, n);
        checkCount(energy, spec.energy(), entry, n);
        checkCount(mass, spec.mass(), entry, n);
        checkCount(charge, spec.charge(), entry, n);
        checkCount(btag, spec.btag(), entry, n);
        checkCount(ptcone30, spec.ptcone30(), entry, n);
        checkCount(etcone20, spec.etcone20(), entry, n);
        checkCount(tight, spec.tight(), entry, n);
        for (int k = 0; k < n; k++) {
            into.add(object(entry, k));
        }
    }

    private PhysObject object(int entry, int k) throws BadRecordException {
        double objectPt = pt.get(entry, k) * toGeV;
        double objectEta = eta.get(entry, k);
        double objectEnergy;
        if (energy != null) {
            objectEnergy = energy.get(entry, k) * toGeV;
        } else {
            double m = mass != null ? mass.get(entry, k) * toGeV : spec.fixedMass();
            objectEnergy = ObjectValues.energy(objectPt, objectEta, m);
        }
        ObjectValues object = new ObjectValues(spec.type().typeOf(type == null ? 0 : type.get(entry, k)),
                spec.pt() + "[" + k + "]")
                .kinematics(objectPt, objectEta, phi.get(entry, k), objectEnergy)
                .isolation(isolation(ptcone30, spec.ptcone30Relative(), entry, k, objectPt),
                        isolation(etcone20, spec.etcone20Relative(), entry, k, objectPt))
                .tight(spec.isAlwaysTight() || (tight != null && tight.get(entry, k) >= spec.tightMinimum()));
        if (charge != null) {
            object.charge(charge(entry, k));
        }
        if (btag != null) {
            object.btag(btag.get(entry, k));
        }
        return object.build();
    }

    private int charge(int entry, int k) throws BadRecordException {
        double q = charge.get(entry, k);
        if (q != Math.rint(q) || Math.abs(q) > 2) {
            throw new BadRecordException(spec.charge() + "[" + k + "] " + q + " is not a charge");
        }
        return (int) q;
    }

    private double isolation(Values values, boolean relative, int entry, int k, double ptGeV) {
        if (values == null) {
            return 0;
        }
        double v = values.get(entry, k);
        return relative ? v * ptGeV : v * toGeV;
    }

    private static void checkCount(Values values, String column, int entry, int expected)
            throws BadRecordException {
        if (values != null && values.count(entry) != expected) {
            throw new BadRecordException(column + " has " + values.count(entry) + " values where the group has "
                    + expected + " objects");
        }
    }
}
