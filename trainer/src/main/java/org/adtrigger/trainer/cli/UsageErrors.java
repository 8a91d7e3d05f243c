package org.adtrigger.trainer.cli;

import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Turns the IllegalArgumentException of an option's parser into a picocli usage error (exit code 2). */
final class UsageErrors {
    private UsageErrors() {
    }

    static <T> T parse(CommandSpec spec, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
