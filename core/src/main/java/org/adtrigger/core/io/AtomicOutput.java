package org.adtrigger.core.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An output file that appears at its path only when complete. Bytes go to a hidden temporary file in the
 * target's directory (same file system, so the final rename is atomic); {@link #commit()} moves it into
 * place with {@link StandardCopyOption#ATOMIC_MOVE}, replacing what was there. Closed without a commit — an
 * exception, or the JVM stopping on SIGTERM/Ctrl-C (a shutdown hook deletes every open temporary) — it
 * deletes the temporary, so readers never see a partial file at the target path. Only SIGKILL can leave a
 * {@code .NAME.*.part} file behind, never a file under the target's name.
 *
 * <pre>{@code
 * try (AtomicOutput out = AtomicOutput.create(file)) {
 *     write(out.stream());
 *     out.commit();
 * }
 * }</pre>
 */
public final class AtomicOutput implements AutoCloseable {
    private static final Set<AtomicOutput> OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(AtomicOutput::abandon),
                "adtrigger-partial-output-cleanup"));
    }

    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private boolean committed;
    private boolean abandoned;

    private AtomicOutput(Path target, Path temporary) throws IOException {
        this.target = target;
        this.temporary = temporary;
        // The caller closes the stream before commit(); closing it again here must not close it twice.
        this.stream = new FilterOutputStream(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            private boolean closed;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    super.close();
                }
            }
        };
        OPEN.add(this);
    }

    /**
     * Opens an output for {@code target}, checking first that it can be written ({@link #checkWritable}).
     *
     * @throws IOException whose message names the path and the reason
     */
    public static AtomicOutput create(Path target) throws IOException {
        Path absolute = checkWritable(target);
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would stay on the output after the move.
        Path temporary = dir.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                + ".part");
        return new AtomicOutput(absolute, temporary);
    }

    /** Writes {@code content} (UTF-8) to {@code target} atomically. */
    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code target} atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        try (AtomicOutput out = create(target)) {
            out.stream().write(bytes);
            out.commit();
        }
    }

    /**
     * Checks, before any work starts, that {@code target} can be written: it is not a directory, and its
     * directory exists as a writable directory or can be created (missing ones are made by {@link #create}).
     *
     * @return the absolute target path
     * @throws IOException with one line naming the path and the reason
     */
    public static Path checkWritable(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + ": is a directory, expected a file");
        }
        String problem = directoryProblem(absolute.getParent());
        if (problem != null) {
            throw new IOException(target + ": cannot be written: " + problem);
        }
        return absolute;
    }

    /**
     * Checks that {@code dir} is, or can be created as, a writable directory (without creating it).
     *
     * @throws IOException with one line naming the path and the reason
     */
    public static void checkWritableDirectory(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(dir + ": is a file, expected a directory");
        }
        String problem = directoryProblem(dir.toAbsolutePath().normalize());
        if (problem != null) {
            throw new IOException(dir + ": cannot be written: " + problem);
        }
    }

    /**
     * Why {@code dir} cannot hold new files, or null when it can: it, or its nearest existing ancestor (it
     * would be created there), is a writable directory. Creates nothing, so a command refused later for
     * another reason leaves no empty directory behind.
     */
    private static String directoryProblem(Path dir) {
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return "no existing parent directory";
        }
        if (!Files.isDirectory(existing)) {
            return existing + " is a file, not a directory";
        }
        if (!Files.isWritable(existing)) {
            return "directory " + existing + " is read-only (permission denied)";
        }
        return null;
    }

    /** Where the bytes go until the commit; the caller may close it (commit closes it too). */
    public OutputStream stream() {
        return stream;
    }

    /** The path the output is moved to on commit. */
    public Path target() {
        return target;
    }

    /**
     * Closes the stream and moves the temporary file into place.
     *
     * @throws IOException naming the target when the move fails or the JVM is already stopping
     */
    public synchronized void commit() throws IOException {
        if (abandoned) {
            throw new IOException(target + ": not written: the program is stopping");
        }
        stream.close();
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        OPEN.remove(this);
    }

    /** Deletes the temporary file unless committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            abandon();
        }
    }

    private synchronized void abandon() {
        if (committed || abandoned) {
            return;
        }
        abandoned = true;
        OPEN.remove(this);
        try {
            stream.close();
        } catch (IOException e) {
            // The bytes are being thrown away; a failing close changes nothing.
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Best effort on the way out: the leftover carries the hidden .part name, never the target's.
        }
    }
}
