package org.adtrigger.ingest.avro;

import java.util.Map;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;
import org.adtrigger.schema.TruthLabel;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;

/**
 * The Avro data model for decoding archives: it maps the named types of the {@link Event} schema to the
 * generated classes directly instead of loading classes by the names a file declares. A file can therefore
 * never make the reader instantiate anything but these four classes, and no global Avro class-trust setting
 * has to be changed for reading to work.
 */
final class EventClasses extends SpecificData {
    static final EventClasses MODEL = new EventClasses();

    private static final Map<String, Class<?>> CLASSES = Map.of(
            Event.getClassSchema().getFullName(), Event.class,
            PhysObject.getClassSchema().getFullName(), PhysObject.class,
            ObjectType.getClassSchema().getFullName(), ObjectType.class,
            TruthLabel.getClassSchema().getFullName(), TruthLabel.class);

    private EventClasses() {
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class getClass(Schema schema) {
        return switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> {
                Class<?> known = CLASSES.get(schema.getFullName());
                if (known == null) {
                    throw new SecurityException("archive names type " + schema.getFullName()
                            + ", which is not part of the Event schema");
                }
                yield known;
            }
            default -> super.getClass(schema);
        };
    }
}
