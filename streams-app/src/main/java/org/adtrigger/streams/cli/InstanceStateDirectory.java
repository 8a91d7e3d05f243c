package org.adtrigger.streams.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default state directory of a run against an external broker, one per running instance:
 * {@code <base>/<application.id>-<cluster>/instance-<n>}, where {@code <cluster>} is a short digest of
 * {@code bootstrap.servers} and {@code n} the first slot no other running process holds (a file lock held
 * for the run). A second {@code run} on the same machine therefore gets a directory of its own instead of
 * failing on Kafka Streams' lock, and a restart after a stop takes slot 0 again and finds its state.
 */
final class InstanceStateDirectory implements AutoCloseable {
    private static final int MAX_SLOTS = 1024;

    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path path;
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceStateDirectory(Path path, Path lockFile, FileChannel channel, FileLock lock) {
        this.path = path;
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static InstanceStateDirectory claim(Path base, String applicationId, String bootstrapServers) {
        Path group = base.resolve(applicationId.replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + digest(bootstrapServers));
        try {
            Files.createDirectories(group);
            for (int slot = 0; slot < MAX_SLOTS; slot++) {
                Path lockFile = group.resolve("instance-" + slot + ".lock");
                // Slots this JVM holds are skipped without opening their file: on Linux, closing any channel
                // to a locked file drops the process's lock on it.
                if (!HELD.add(lockFile)) {
                    continue;
                }
                FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock != null) {
                    Path dir = Files.createDirectories(group.resolve("instance-" + slot));
                    return new InstanceStateDirectory(dir, lockFile, channel, lock);
                }
                channel.close();
                HELD.remove(lockFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("state directory under " + group + ": " + e.getMessage(), e);
        }
        throw new IllegalStateException("state directory under " + group + ": all " + MAX_SLOTS + " instance slots are held");
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
            HELD.remove(lockFile);
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
