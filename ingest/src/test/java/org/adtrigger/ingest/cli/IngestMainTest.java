package org.adtrigger.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.TreeMap;
import org.adtrigger.ingest.avro.EventArchiveReader;
import org.adtrigger.ingest.gen.EventGenerator;
import org.adtrigger.schema.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

class IngestMainTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return IngestMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void generateWritesTheSameEventsAsTheGeneratorAndSummarisesThem() throws IOException {
        Path file = dir.resolve("mix.avro");

        int code = run("generate", "--process", "zee,ttbar,zprime:3000", "--events", "3000", "--seed", "4",
                "--lumi", "20", "--codec", "zstandard", "--out", file.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().lines()).singleElement().asString()
                .startsWith("generated 3000 events in ").contains("events/s").contains(file.toString())
                .contains("zee=3.962e+07").contains("zprime3000=52.00");
        List<Event> expected = new ArrayList<>();
        EventGenerator.of("zee,ttbar,zprime:3000", 3000, 4, 20).forEachRemaining(expected::add);
        List<Event> read = new ArrayList<>();
        try (EventArchiveReader reader = EventArchiveReader.open(file)) {
            reader.forEachRemaining(read::add);
            assertThat(reader.metadata()).containsEntry("processes", "zee,ttbar,zprime:3000")
                    .containsEntry("seed", "4");
        }
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void generateWithoutProcessGeneratesTheSmMix() throws IOException {
        Path file = dir.resolve("sm-default.avro");

        int code = run("generate", "--events", "500", "--out", file.toString());

        assertThat(code).as(err.toString()).isZero();
        List<Event> expected = new ArrayList<>();
        EventGenerator.of("sm", 500, 1, 10).forEachRemaining(expected::add);
        try (EventArchiveReader reader = EventArchiveReader.open(file)) {
            assertThat(reader.metadata()).containsEntry("processes", "sm");
            List<Event> read = new ArrayList<>();
            reader.forEachRemaining(read::add);
            assertThat(read).isEqualTo(expected);
        }
    }

    @Test
    void generateWithTheSigmaMixWritesEventsOfEqualWeightAndRecordsTheMix() throws IOException {
        Path file = dir.resolve("data-like.avro");

        int code = run("generate", "--process", "zee,ttbar", "--events", "2000", "--mix", "sigma", "--out", file.toString());

        assertThat(code).as(err.toString()).isZero();
        Map<String, Long> perSample = new TreeMap<>();
        try (EventArchiveReader reader = EventArchiveReader.open(file)) {
            assertThat(reader.metadata()).containsEntry("mix", "sigma");
            reader.forEachRemaining(e -> {
                perSample.merge(e.getSample(), 1L, Long::sum);
                // (1981 + 37.9) pb × 10 fb⁻¹ / 2000 events, up to ttbar's rounding to a whole event (1.2 %)
                assertThat(e.getWeight()).isCloseTo(10_094.5, within(150.0));
            });
        }
        assertThat(perSample).containsExactly(Map.entry("ttbar", 38L), Map.entry("zee", 1962L));
    }

    @Test
    void inspectPrintsPerSampleCountsAndWeights() {
        Path file = dir.resolve("sm.avro");
        assertThat(run("generate", "--process", "zmumu,ttbar", "--events", "1000", "--out", file.toString()))
                .isZero();
        out.getBuffer().setLength(0);

        assertThat(run("inspect", file.toString())).as(err.toString()).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith(file + " (codec deflate");
        assertThat(lines.get(1)).startsWith("sample").contains("<MET>", "<n_bjet>", "<n_muon>");
        // ttbar: 37.9 pb × 10 fb⁻¹; zmumu: 1981 pb × 10 fb⁻¹
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("ttbar\\s+\\d+\\s+378889 .*"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("zmumu\\s+\\d+\\s+1\\.98100e\\+07 .*"));
        assertThat(lines.get(lines.size() - 1)).matches("total\\s+1000 .*");
    }

    @Test
    void usageErrorsExitWithTwoAndAHint() {
        assertThat(run("generate", "--process", "zee,qcd", "--events", "10", "--out", dir.resolve("x").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("unknown process 'qcd'").contains("Try 'adtrigger generate --help'");
        assertThat(Files.exists(dir.resolve("x"))).isFalse();

        assertThat(run("generate", "--events", "ten")).isEqualTo(2);
        assertThat(run("generate", "--process", "zee", "--events", "10", "--codec", "lzma", "--out", "x"))
                .isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run("inspect")).isEqualTo(2);
    }

    @Test
    void failuresExitWithOneAndAOneLineMessageNamingThePathAndTheReason() throws IOException {
        Path notAvro = Files.writeString(dir.resolve("notes.txt"), "hello");
        Path target = notAvro.resolve("x.avro");
        assertThat(run("generate", "--process", "zee", "--events", "10", "--out", target.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString()
                .isEqualTo("adtrigger generate: " + target + ": cannot be written: " + notAvro + " is a file, not a directory");

        err.getBuffer().setLength(0);
        Path folder = Files.createDirectory(dir.resolve("folder.avro"));
        assertThat(run("generate", "--process", "zee", "--events", "10", "--out", folder.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString()
                .isEqualTo("adtrigger generate: " + folder + ": is a directory, expected a file");
    }

    @Test
    void generateCreatesAMissingOutputDirectory() {
        Path target = dir.resolve("new/dir/x.avro");
        assertThat(run("generate", "--process", "zee", "--events", "10", "--out", target.toString()))
                .as(err.toString()).isZero();
        assertThat(target).isRegularFile();
    }

    /** Each bad input of {@code inspect}: how it is made, and the line that must name it with the reason. */
    record BadInput(String name, Setup setup, String expected) {
        interface Setup {
            Path make(Path dir) throws IOException;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<BadInput> badInspectInputs() {
        return Stream.of(
                new BadInput("missing", d -> d.resolve("missing.avro"), "bad file: no such file"),
                new BadInput("not Avro", d -> Files.writeString(d.resolve("notes.txt"), "hello"),
                        "bad Avro archive: {} is not an Avro object container file"),
                new BadInput("directory", d -> Files.createDirectory(d.resolve("folder")),
                        "bad file: is a directory, expected a file"),
                new BadInput("broken ROOT", d -> Files.writeString(d.resolve("broken.root"), "not a ROOT file at all"),
                        "bad ROOT file: "),
                new BadInput("truncated ROOT", d -> Files.write(d.resolve("cut.bin"),
                        "root".getBytes(StandardCharsets.US_ASCII)), "bad ROOT file: "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInspectInputs")
    void inspectReportsABadFileByPathAndReasonAndGoesOnToTheNext(BadInput bad) throws IOException {
        Path good = dir.resolve("sm.avro");
        assertThat(run("generate", "--process", "zee", "--events", "10", "--out", good.toString())).isZero();
        out.getBuffer().setLength(0);
        Path file = bad.setup().make(dir);

        assertThat(run("inspect", file.toString(), good.toString())).isEqualTo(1);

        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("adtrigger inspect: " + file + ": " + bad.expected().replace("{}", file.toString()));
        assertThat(lines.get(1)).isEqualTo("adtrigger inspect: 1 of 2 files could not be read");
        // The good archive after the bad file is still summarised.
        assertThat(out.toString()).contains(good + " (codec deflate").contains("total");
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Path notAvro = Files.writeString(dir.resolve("notes.txt"), "hello");

        assertThat(run("inspect", "--verbose", notAvro.toString())).isEqualTo(1);

        assertThat(err.toString().lines().count()).isGreaterThan(3);
        assertThat(err.toString()).contains("ArchiveFormatException", "\tat ");
    }
}
