package org.adtrigger.streams.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./adtrigger} script in a scratch tree whose {@code mvnw} and {@code java} only record
 * that they ran: the launcher rebuilds from the files' times, not from its stamp alone.
 */
class LauncherRebuildIT {
    private static final Instant SOURCE_TIME = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path root;
    private Path jar;
    private Path source;

    @BeforeEach
    void scratchTree() throws IOException {
        Files.copy(OpsFiles.ROOT.resolve("adtrigger"), root.resolve("adtrigger"));
        script(root.resolve("mvnw"), "echo built >> \"$(dirname \"$0\")/mvnw.calls\"");
        Files.createDirectories(root.resolve("bin"));
        script(root.resolve("bin/java"), "echo ran");
        source = root.resolve("ingest/src/main/java/A.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "class A {}");
        Files.setLastModifiedTime(source, FileTime.from(SOURCE_TIME));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.setLastModifiedTime(root.resolve("pom.xml"), FileTime.from(SOURCE_TIME));
        Files.createDirectories(root.resolve("ingest/target/lib"));
        jar = root.resolve("ingest/target/adtrigger-ingest-0.1.jar");
        Files.writeString(jar, "jar");
        Files.setLastModifiedTime(jar, FileTime.from(SOURCE_TIME.plusSeconds(60)));
    }

    @Test
    void jarsNewerThanEverySourceNeedNoBuildEvenWithoutAStamp() throws Exception {
        assertThat(Files.exists(root.resolve("target/.adtrigger-built"))).isFalse();

        assertThat(launch("inspect", "x.avro")).isEqualTo(0);

        assertThat(root.resolve("mvnw.calls")).doesNotExist();
    }

    @Test
    void aSourceNewerThanTheJarIsRebuiltAndNamed() throws Exception {
        Files.setLastModifiedTime(source, FileTime.from(SOURCE_TIME.plusSeconds(120)));

        assertThat(launch("inspect", "x.avro")).isEqualTo(0);

        assertThat(root.resolve("mvnw.calls")).hasContent("built");
        assertThat(Files.readString(root.resolve("stderr.txt")))
                .contains("building jars (ingest/src/main/java/A.java is newer than the jars)");
        // the stamp now marks the build Maven left the jar untouched in: no second build
        assertThat(launch("inspect", "x.avro")).isEqualTo(0);
        assertThat(root.resolve("mvnw.calls")).hasContent("built");
    }

    @Test
    void aMissingJarIsBuilt() throws Exception {
        Files.delete(jar);

        launch("inspect", "x.avro");

        assertThat(root.resolve("mvnw.calls")).hasContent("built");
    }

    private int launch(String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("adtrigger").toString());
        pb.command().addAll(java.util.List.of(args));
        pb.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
        pb.redirectError(root.resolve("stderr.txt").toFile()).redirectOutput(root.resolve("stdout.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
