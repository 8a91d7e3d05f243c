package org.adtrigger.ingest.adapters;

import java.util.ArrayList;
import java.util.List;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;

/**
 * One event line of the Dark Machines unsupervised challenge:
 * {@code event ID;process ID;weight;MET;METphi;obj,E,pt,eta,phi;...} with obj one of {@code j} (jet),
 * {@code b} (b-jet), {@code e-}, {@code e+}, {@code m-}, {@code m+} (electrons and muons with their
 * charge), {@code g} (photon). A trailing semicolon is allowed.
 *
 * <p>The challenge's objects already passed its object selection and carry no isolation: they are marked
 * tight with zero isolation. The process ID becomes the sample name, the weight is kept as given, the run
 * number is 0.
 */
final class DarkMachinesLine {

    private static final int EVENT_FIELDS = 5;
    private static final int OBJECT_FIELDS = 5;

    private DarkMachinesLine() {
    }

    /**
     * @param toGeV  factor turning the file's energies into GeV
     * @param sample sample name for the event, or null to use the line's process ID
     */
    static Event parse(String line, double toGeV, String sample) throws BadRecordException {
        String[] fields = line.split(";", -1);
        int count = fields.length;
        while (count > 0 && fields[count - 1].isBlank()) {
            count--;
        }
        if (count < EVENT_FIELDS) {
            throw new BadRecordException("has " + count + " fields; an event needs at least " + EVENT_FIELDS
                    + " (event ID;process ID;weight;MET;METphi)");
        }
        long eventId = integer(fields[0], "event ID");
        String process = fields[1].trim();
        double weight = number(fields[2], "weight");
        double met = number(fields[3], "MET") * toGeV;
        double metPhi = number(fields[4], "METphi");
        List<PhysObject> objects = new ArrayList<>(count - EVENT_FIELDS);
        for (int i = EVENT_FIELDS; i < count; i++) {
            objects.add(object(fields[i], i - EVENT_FIELDS + 1, toGeV));
        }
        return new EventValues(0, eventId, sample != null ? sample : process, 0, false, weight, met, metPhi)
                .build(objects);
    }

    private static PhysObject object(String field, int index, double toGeV) throws BadRecordException {
        String[] parts = field.split(",", -1);
        String name = "object " + index;
        if (parts.length != OBJECT_FIELDS) {
            throw new BadRecordException(name + " '" + field.trim() + "' has " + parts.length
                    + " values, not obj,E,pt,eta,phi");
        }
        String code = parts[0].trim();
        ObjectType type;
        int charge = 0;
        switch (code) {
            case "j" -> type = ObjectType.JET;
            case "b" -> type = ObjectType.BJET;
            case "g" -> type = ObjectType.PHOTON;
            case "e-", "e+" -> type = ObjectType.ELECTRON;
            case "m-", "m+" -> type = ObjectType.MUON;
            default -> throw new BadRecordException(name + " has unknown type '" + code
                    + "' (known: j, b, e-, e+, m-, m+, g)");
        }
        if (code.length() == 2) {
            charge = code.charAt(1) == '+' ? 1 : -1;
        }
        return new ObjectValues(type, name)
                .kinematics(number(parts[2], name + " pt") * toGeV, number(parts[3], name + " eta"),
                        number(parts[4], name + " phi"), number(parts[1], name + " E") * toGeV)
                .charge(charge).tight(true).build();
    }

    private static double number(String text, String what) throws BadRecordException {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new BadRecordException(what + " '" + text.trim() + "' is not a number");
        }
    }

    private static long integer(String text, String what) throws BadRecordException {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new BadRecordException(what + " '" + text.trim() + "' is not an integer");
        }
    }
}
