package org.adtrigger.streams.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile as its build stages and their instructions (continuation lines joined, comments dropped),
 * plus the {@code # syntax=} parser directive, bases written as build arguments resolved to the defaults
 * declared before the first FROM: enough to check base images, users and build arguments without a Docker engine.
 */
final class ParsedDockerfile {
    /** One instruction, keyword upper-cased, arguments as written. */
    record Instruction(String keyword, String arguments) {
    }

    /**
     * {@code FROM base [AS name]} and what follows it up to the next FROM. A base written as a build
     * argument ({@code ${NAME}}) is that argument's default, and {@code baseArgument} names it.
     */
    record Stage(String name, String base, Optional<String> baseArgument, List<Instruction> instructions) {
        List<String> arguments(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
        }

        /** The argument of the last USER instruction, empty when the stage never sets one. */
        Optional<String> user() {
            List<String> users = arguments("USER");
            return users.isEmpty() ? Optional.empty() : Optional.of(users.get(users.size() - 1));
        }
    }

    private static final Pattern ARGUMENT_REFERENCE = Pattern.compile("\\$\\{?(\\w+)}?");

    private final Optional<String> syntax;
    private final List<Stage> stages;

    private ParsedDockerfile(Optional<String> syntax, List<Stage> stages) {
        this.syntax = syntax;
        this.stages = stages;
    }

    static ParsedDockerfile parse(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        Optional<String> syntax = lines.isEmpty() || !lines.get(0).startsWith("# syntax=")
                ? Optional.empty() : Optional.of(lines.get(0).substring("# syntax=".length()).trim());
        Map<String, String> arguments = new LinkedHashMap<>();
        List<Stage> stages = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("#") || (line.isEmpty() && pending.isEmpty())) {
                continue;
            }
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            pending.append(line);
            add(pending.toString().strip(), arguments, stages, file);
            pending.setLength(0);
        }
        return new ParsedDockerfile(syntax, stages);
    }

    private static void add(String text, Map<String, String> arguments, List<Stage> stages, Path file) {
        String[] parts = text.split("\\s+", 2);
        Instruction instruction = new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
        if (instruction.keyword().equals("FROM")) {
            String[] from = instruction.arguments().split("\\s+");
            String name = from.length == 3 && from[1].equalsIgnoreCase("AS") ? from[2] : "stage-" + stages.size();
            Matcher reference = ARGUMENT_REFERENCE.matcher(from[0]);
            if (!reference.matches()) {
                stages.add(new Stage(name, from[0], Optional.empty(), new ArrayList<>()));
            } else if (arguments.get(reference.group(1)) == null) {
                throw new IllegalArgumentException(file + ": FROM " + from[0] + " has no default before the first FROM");
            } else {
                String argument = reference.group(1);
                stages.add(new Stage(name, arguments.get(argument), Optional.of(argument), new ArrayList<>()));
            }
        } else if (stages.isEmpty()) {
            if (!instruction.keyword().equals("ARG")) {
                throw new IllegalArgumentException(file + ": " + instruction.keyword() + " before the first FROM");
            }
            String[] declaration = instruction.arguments().split("=", 2);
            arguments.put(declaration[0].strip(), declaration.length > 1 ? declaration[1].strip() : null);
        } else {
            stages.get(stages.size() - 1).instructions().add(instruction);
        }
    }

    Optional<String> syntax() {
        return syntax;
    }

    List<Stage> stages() {
        return stages;
    }

    boolean hasStage(String name) {
        return stages.stream().anyMatch(s -> s.name().equals(name));
    }

    Stage stage(String name) {
        return stages.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no stage " + name + " in the Dockerfile"));
    }
}
