package org.adtrigger.schema.serde;

import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Makes Avro trust the project's generated classes, and only them.
 *
 * <p>Avro 1.12 checks every class it loads by name (record, enum and fixed classes of a specific
 * schema, {@code java-class} properties) against one JVM-wide {@link ClassSecurityValidator} predicate.
 * By default that predicate trusts a handful of {@code java.lang} types plus what the system properties
 * {@code org.apache.avro.SERIALIZABLE_PACKAGES} / {@code SERIALIZABLE_CLASSES} list, so without help even
 * {@code Event.newBuilder().build()} fails: filling the {@code label} enum default looks up
 * {@code TruthLabel} by name.
 *
 * <p>The system properties are read once, when Avro's validator class initialises, so setting them
 * from code works or not depending on what touched Avro first; and they trust whole package prefixes.
 * {@link #install()} instead adds, to whatever predicate is in force, one that trusts classes whose
 * package is exactly {@value #PACKAGE} (not its sub-packages). Anything the JVM's configuration already
 * trusted stays trusted; nothing else is added.
 *
 * <p>The serdes call {@link #install()} when they are built. Code that builds or reads generated records
 * without a serde (archive readers, generators, tests) must call it first as well.
 */
public final class SchemaPackageTrust {

    /** The one package whose classes Avro may load by name: the generated schema classes. */
    public static final String PACKAGE = "org.adtrigger.schema";

    private static final ClassSecurityPredicate PROJECT_PACKAGE = SchemaPackageTrust::isSchemaClass;

    /** The global predicate this class last installed; another one in force means ours is missing. */
    private static ClassSecurityPredicate installed;

    private SchemaPackageTrust() {
    }

    /**
     * Adds trust in {@value #PACKAGE} to Avro's global class validator. Idempotent and cheap: call it
     * before any thread decodes or builds generated records (a later call from another thread is safe,
     * but Avro reads the global without synchronisation, so install before starting stream threads).
     */
    public static synchronized void install() {
        ClassSecurityPredicate current = ClassSecurityValidator.getGlobal();
        if (current != installed) {
            installed = ClassSecurityValidator.composite(current, PROJECT_PACKAGE);
            ClassSecurityValidator.setGlobal(installed);
        }
    }

    /** Whether the class lives in {@value #PACKAGE} itself. */
    public static boolean isSchemaClass(Class<?> type) {
        return PACKAGE.equals(type.getPackageName());
    }
}
