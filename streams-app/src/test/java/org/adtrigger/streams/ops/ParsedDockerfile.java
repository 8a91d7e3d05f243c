package org.adtrigger.streams.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Dockerfile as its build stages and their instructions (continuation lines joined, comments dropped),
 * plus the {@code # syntax=} parser directive: enough to check base images, users and build arguments
 * without a Docker engine.
 */
final class ParsedDockerfile {
    /** One instruction, keyword upper-cased, arguments as written. */
    record Instruction(String keyword, String arguments) {
    }

    /** {@code FROM base [AS name]} and what follows it up to the next FROM. */
    record Stage(String name, String base, List<Instruction> instructions) {
        List<String> arguments(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
        }

        /** The argument of the last USER instruction, empty when the stage never sets one. */
        Optional<String> user() {
            List<String> users = arguments("USER");
            return users.isEmpty() ? Optional.empty() : Optional.of(users.get(users.size() - 1));
        }
    }

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
            add(pending.toString().strip(), stages, file);
            pending.setLength(0);
        }
        return new ParsedDockerfile(syntax, stages);
    }

    private static void add(String text, List<Stage> stages, Path file) {
        String[] parts = text.split("\\s+", 2);
        Instruction instruction = new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : "");
        if (instruction.keyword().equals("FROM")) {
            String[] from = instruction.arguments().split("\\s+");
            String name = from.length == 3 && from[1].equalsIgnoreCase("AS") ? from[2] : "stage-" + stages.size();
            stages.add(new Stage(name, from[0], new ArrayList<>()));
        } else if (stages.isEmpty()) {
            if (!instruction.keyword().equals("ARG")) {
                throw new IllegalArgumentException(file + ": " + instruction.keyword() + " before the first FROM");
            }
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
