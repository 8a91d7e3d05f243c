package org.adtrigger.trainer.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Turns the archive arguments of a command into files. An argument without glob characters ({@code * ? [ {})
 * names one file, which must exist; one with them is a {@link java.nio.file.FileSystem#getPathMatcher glob}
 * matched against the files under its longest glob-free leading directory (so {@code data/*}{@code /bkg.avro}
 * works too) and must match at least one. Quoting a pattern lets it reach the program unexpanded, which is
 * the only way past the shell's argument-length limit. The result is sorted and free of duplicates, so the
 * same arguments always give the same file order.
 */
public final class ArchivePaths {
    private ArchivePaths() {
    }

    public static List<Path> expand(List<String> arguments) throws IOException {
        TreeSet<Path> files = new TreeSet<>();
        for (String argument : arguments) {
            if (isGlob(argument)) {
                List<Path> matches = matches(argument);
                if (matches.isEmpty()) {
                    throw new NoSuchFileException(argument, null, "no file matches the pattern");
                }
                files.addAll(matches);
            } else {
                Path file = Path.of(argument).toAbsolutePath().normalize();
                if (!Files.isRegularFile(file)) {
                    throw new NoSuchFileException(argument);
                }
                files.add(file);
            }
        }
        return new ArrayList<>(files);
    }

    private static boolean isGlob(String argument) {
        return firstGlobChar(argument) < argument.length();
    }

    private static List<Path> matches(String pattern) throws IOException {
        Path absolute = Path.of("").toAbsolutePath();
        String full = Path.of(pattern).isAbsolute() ? pattern : absolute + "/" + pattern;
        Path base = Path.of(full.substring(0, full.lastIndexOf('/', firstGlobChar(full)) + 1));
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + full);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(Files::isRegularFile).filter(matcher::matches)
                    .map(p -> p.toAbsolutePath().normalize()).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static int firstGlobChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return i;
            }
        }
        return s.length();
    }
}
