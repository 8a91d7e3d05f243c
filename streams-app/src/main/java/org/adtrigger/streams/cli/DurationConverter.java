package org.adtrigger.streams.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads durations written as {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, ISO-8601 ({@code PT1M30S}), or a bare
 * number of seconds ({@code 60}), which is what people type after {@code --duration}.
 */
public final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h)?");

    @Override
    public Duration convert(String value) {
        Matcher m = SHORT.matcher(value.trim());
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            switch (m.group(2) == null ? "" : m.group(2)) {
                case "":
                case "s":
                    return Duration.ofSeconds(amount);
                case "ms":
                    return Duration.ofMillis(amount);
                case "m":
                    return Duration.ofMinutes(amount);
                default:
                    return Duration.ofHours(amount);
            }
        }
        try {
            Duration d = Duration.parse(value.trim());
            if (d.isNegative()) {
                throw new TypeConversionException("duration must not be negative: '" + value + "'");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a duration (e.g. 60, 500ms, 30s, 5m, 2h, PT1M30S)");
        }
    }
}
