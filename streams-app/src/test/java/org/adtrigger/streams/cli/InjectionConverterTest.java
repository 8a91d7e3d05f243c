package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.adtrigger.streams.replay.Injection;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class InjectionConverterTest {
    private final InjectionConverter converter = new InjectionConverter();

    @Test
    void readsATimeWindow() {
        Injection injection = converter.convert("sig/zp.avro:0.05:30s:1m");
        assertThat(injection.signal()).isEqualTo(Path.of("sig/zp.avro"));
        assertThat(injection.fraction()).isEqualTo(0.05);
        assertThat(injection.start()).hasToString("PT30S");
        assertThat(injection.end()).hasToString("PT1M");
    }

    @Test
    void readsAnOpenEndedEventCountStart() {
        Injection injection = converter.convert("zp.avro:1:100000");
        assertThat(injection.start()).hasToString("100000 events");
        assertThat(injection.end()).isNull();
    }

    @Test
    void refusesMalformedValues() {
        assertThatThrownBy(() -> converter.convert("zp.avro:0.1")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining(InjectionConverter.SYNTAX);
        assertThatThrownBy(() -> converter.convert("zp.avro:lots:10")).hasMessageContaining("'lots' is not a number");
        assertThatThrownBy(() -> converter.convert("zp.avro:0:10")).hasMessageContaining("fraction must be in (0, 1]");
        assertThatThrownBy(() -> converter.convert("zp.avro:1.5:10")).hasMessageContaining("fraction must be in (0, 1]");
        assertThatThrownBy(() -> converter.convert("zp.avro:0.1:soon")).hasMessageContaining("'soon' is not a duration");
    }
}
