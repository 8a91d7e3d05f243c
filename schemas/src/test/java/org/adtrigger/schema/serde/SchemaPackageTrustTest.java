package org.adtrigger.schema.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.List;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.util.ClassSecurityValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SchemaPackageTrustTest {

    @BeforeAll
    static void noTrustIsConfiguredFromOutside() {
        assertThat(System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES")).isNull();
        assertThat(System.getProperty("org.apache.avro.SERIALIZABLE_CLASSES")).isNull();
    }

    @Test
    void avroOnItsOwnDoesNotTrustTheGeneratedClasses() {
        assertThat(ClassSecurityValidator.DEFAULT.isTrusted(Event.class)).isFalse();
    }

    @Test
    void serdeRoundTripsWithoutAnySystemProperty() {
        var serde = AvroSerdes.event();
        byte[] bytes = serde.serializer().serialize("events", SampleRecords.ttbarEvent());

        assertThat(serde.deserializer().deserialize("events", bytes)).isEqualTo(SampleRecords.ttbarEvent());
    }

    @Test
    void buildingASerdeIsWhatMakesAvroLoadGeneratedClassesByName() {
        var before = ClassSecurityValidator.getGlobal();
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.DEFAULT);
        try {
            // A fresh model has no class cache, so each lookup really goes through Avro's validator.
            assertThatThrownBy(() -> new SpecificData().getClass(Event.getClassSchema()))
                    .isInstanceOf(SecurityException.class);

            AvroSerdes.event();

            assertThat(new SpecificData().getClass(Event.getClassSchema())).isEqualTo(Event.class);
            assertThat(ClassSecurityValidator.getGlobal().isTrusted(ObjectType.class)).isTrue();
        } finally {
            ClassSecurityValidator.setGlobal(before);
        }
    }

    @Test
    void classesOutsideTheGeneratedPackageStayForbidden() {
        SchemaPackageTrust.install();
        Schema namedAfterFile = Schema.createRecord("File", null, "java.io", false, List.of());
        Schema namedAfterSerde = Schema.createRecord("SingleObjectSerde", null, "org.adtrigger.schema.serde",
                false, List.of());

        assertThatThrownBy(() -> new SpecificData().getClass(namedAfterFile))
                .isInstanceOf(SecurityException.class)
                .hasMessageContaining("Forbidden java.io.File");
        assertThatThrownBy(() -> new SpecificData().getClass(namedAfterSerde))
                .isInstanceOf(SecurityException.class)
                .hasMessageContaining("Forbidden org.adtrigger.schema.serde.SingleObjectSerde");
        assertThat(ClassSecurityValidator.getGlobal().isTrusted(File.class)).isFalse();
        assertThat(ClassSecurityValidator.getGlobal().isTrusted(SingleObjectSerde.class)).isFalse();
    }

    @Test
    void installingTwiceChangesNothing() {
        SchemaPackageTrust.install();
        var first = ClassSecurityValidator.getGlobal();

        SchemaPackageTrust.install();

        assertThat(ClassSecurityValidator.getGlobal()).isSameAs(first);
    }

    @Test
    void installKeepsWhatTheReplacedPredicateTrusted() {
        var before = ClassSecurityValidator.getGlobal();
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.builder().add(File.class).build());
        try {
            SchemaPackageTrust.install();

            assertThat(ClassSecurityValidator.getGlobal().isTrusted(File.class)).isTrue();
            assertThat(ClassSecurityValidator.getGlobal().isTrusted(Event.class)).isTrue();
        } finally {
            ClassSecurityValidator.setGlobal(before);
        }
    }
}
