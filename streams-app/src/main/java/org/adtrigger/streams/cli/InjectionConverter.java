package org.adtrigger.streams.cli;

import java.nio.file.Path;
import java.time.Duration;

import org.adtrigger.streams.replay.Injection;
import org.adtrigger.streams.replay.ReplayPoint;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --inject FILE:FRACTION:START[:END]}. START and END are event counts when plain integers
 * ({@code 100000}) and replay times when they carry a unit ({@code 30s}, {@code 2m}); the file name may
 * therefore not contain a colon.
 */
final class InjectionConverter implements ITypeConverter<Injection> {
    static final String SYNTAX = "FILE:FRACTION:START[:END]";

    private final DurationConverter durations = new DurationConverter();

    @Override
    public Injection convert(String value) {
        String[] parts = value.split(":", -1);
        if (parts.length < 3 || parts.length > 4 || parts[0].isEmpty()) {
            throw new TypeConversionException("'" + value + "' is not " + SYNTAX + " (e.g. signal.avro:0.05:30s:60s)");
        }
        double fraction;
        try {
            fraction = Double.parseDouble(parts[1]);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("injection fraction '" + parts[1] + "' is not a number");
        }
        try {
            return new Injection(Path.of(parts[0]), fraction, point(parts[2]),
                    parts.length == 4 ? point(parts[3]) : null);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    private ReplayPoint point(String text) {
        if (text.matches("\\d+")) {
            return ReplayPoint.afterEvents(Long.parseLong(text));
        }
        Duration elapsed = durations.convert(text);
        return ReplayPoint.after(elapsed);
    }
}
