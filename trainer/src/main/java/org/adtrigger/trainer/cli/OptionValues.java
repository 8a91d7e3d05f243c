package org.adtrigger.trainer.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks and conversions of option values that report a bad value as a usage error (exit code 2). */
final class OptionValues {
    private OptionValues() {
    }

    static int positive(CommandSpec spec, String option, int value) {
        if (value <= 0) {
            throw new ParameterException(spec.commandLine(), option + " must be positive, got " + value);
        }
        return value;
    }

    static double positive(CommandSpec spec, String option, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new ParameterException(spec.commandLine(), option + " must be positive and finite, got " + value);
        }
        return value;
    }

    /** The constant of {@code type} named {@code value} in option style (min-max for MIN_MAX). */
    static <E extends Enum<E>> E choice(CommandSpec spec, String option, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (optionName(constant).equals(value.trim().toLowerCase(Locale.ROOT))) {
                return constant;
            }
        }
        throw new ParameterException(spec.commandLine(), "unknown " + option + " '" + value + "'; expected one of "
                + Arrays.stream(type.getEnumConstants()).map(OptionValues::optionName)
                .collect(Collectors.joining(", ")));
    }

    static String optionName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Runs {@code parse}, turning its IllegalArgumentException into a usage error. */
    static <T> T usage(CommandSpec spec, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
