package org.adtrigger.streams.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.adtrigger.streams.http.HttpSettings;
import org.adtrigger.streams.ops.ParsedDockerfile.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docker/Dockerfile without a Docker engine: pinned bases, non-root app images, the GPU build's flavour. */
class DockerfileTest {
    private static final List<String> IMAGES = List.of("streams-app", "streams-app-gpu", "trainer");
    private static final Pattern COPY_FROM = Pattern.compile("--from=(\\S+)");
    private static final Pattern CUDA_12_CUDNN_9_RUNTIME =
            Pattern.compile("nvidia/cuda:12\\.(\\d+)\\.\\d+-cudnn(9)?-runtime-ubuntu\\d+\\.\\d+");
    private static final Pattern MAIN_CLASS = Pattern.compile("\"(org\\.adtrigger\\.[\\w.]+Main)\"");
    private static final Pattern REPO_FILE = Pattern.compile("(?<![\\w/])(docker/[\\w.-]+)");

    private static ParsedDockerfile dockerfile;

    @BeforeAll
    static void parse() throws Exception {
        dockerfile = ParsedDockerfile.parse(OpsFiles.DOCKERFILE);
    }

    @Test
    void everyBaseImageIsPinned() {
        assertThat(dockerfile.syntax()).as("# syntax= directive").hasValueSatisfying(syntax ->
                assertThat(ImageReference.pinned(syntax)).as("syntax image " + syntax).isPresent());
        List<String> external = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            external.add(stage.base());
            for (String copy : stage.arguments("COPY")) {
                Matcher m = COPY_FROM.matcher(copy);
                if (m.find()) {
                    external.add(m.group(1));
                }
            }
        }
        List<String> images = external.stream().filter(ref -> !dockerfile.hasStage(ref)).toList();
        assertThat(images).isNotEmpty().allSatisfy(ref ->
                assertThat(ImageReference.pinned(ref)).as("image " + ref + " pinned to a release tag").isPresent());
    }

    @Test
    void basesAreBuildArgumentsAndTheVerifyScriptSubstitutesTheCpuImagesBases() throws Exception {
        for (Stage stage : dockerfile.stages()) {
            if (!dockerfile.hasStage(stage.base())) {
                assertThat(stage.baseArgument()).as("base of stage " + stage.name() + " written as a build argument").isPresent();
            }
        }
        String script = Files.readString(OpsFiles.DOCKER.resolve("verify-images.sh"));
        for (String image : List.of("streams-app", "trainer")) {
            List<String> arguments = stagesBehind(dockerfile.stage(image)).stream()
                    .flatMap(stage -> stage.baseArgument().stream()).distinct().toList();
            assertThat(arguments).as("base arguments behind " + image).isNotEmpty()
                    .allSatisfy(argument -> assertThat(script).contains("--build-arg " + argument + "="));
        }
    }

    @Test
    void appImagesRunAsAnUnprivilegedUser() {
        for (String image : IMAGES) {
            assertThat(dockerfile.stage(image).user()).as("USER of " + image)
                    .hasValueSatisfying(user -> assertThat(user.split(":")[0]).isNotIn("root", "0"));
        }
    }

    @Test
    void gpuImageIsCuda12WithCudnn9AndTheGpuBuild() {
        Stage gpu = dockerfile.stage("streams-app-gpu");
        Matcher base = CUDA_12_CUDNN_9_RUNTIME.matcher(gpu.base());
        assertThat(base.matches()).as("CUDA 12 cuDNN runtime base, was " + gpu.base()).isTrue();
        // nvidia/cuda's unnumbered "cudnn" tags carry cuDNN 9 from CUDA 12.4 on; earlier ones must say cudnn9.
        assertThat(base.group(2) != null || Integer.parseInt(base.group(1)) >= 4)
                .as("cuDNN 9 in " + gpu.base()).isTrue();

        assertThat(buildStageOf(gpu).arguments("RUN")).anySatisfy(run -> assertThat(run).contains("-Pgpu"));
        assertThat(buildStageOf(dockerfile.stage("streams-app")).arguments("RUN"))
                .allSatisfy(run -> assertThat(run).doesNotContain("-Pgpu"));
    }

    @Test
    void streamsAppImagesExposeTheDefaultHttpPort() {
        for (String image : List.of("streams-app", "streams-app-gpu")) {
            assertThat(dockerfile.stage(image).arguments("EXPOSE")).as("EXPOSE of " + image)
                    .containsExactly(Integer.toString(HttpSettings.DEFAULTS.port()));
        }
    }

    @Test
    void entryPointsAndCopiedFilesExist() {
        for (String image : IMAGES) {
            List<String> entryPoint = dockerfile.stage(image).arguments("ENTRYPOINT");
            assertThat(entryPoint).as("ENTRYPOINT of " + image).hasSize(1);
            Matcher main = MAIN_CLASS.matcher(entryPoint.get(0));
            assertThat(main.find()).as("main class in " + entryPoint).isTrue();
            assertThat(sourceOf(main.group(1))).as("source of " + main.group(1)).isNotEmpty();
        }
        for (Stage stage : dockerfile.stages()) {
            for (String instruction : concat(stage.arguments("COPY"), stage.arguments("RUN"))) {
                Matcher file = REPO_FILE.matcher(instruction);
                while (file.find()) {
                    Path path = OpsFiles.ROOT.resolve(file.group(1));
                    assertThat(path).as("file named in stage " + stage.name()).isRegularFile();
                    assertThat(Files.isExecutable(path)).as(path + " executable").isTrue();
                }
            }
        }
    }

    /** The stage whose /dist an image copies its jars from. */
    private static Stage buildStageOf(Stage image) {
        return image.arguments("COPY").stream()
                .map(COPY_FROM::matcher).filter(Matcher::find).map(m -> m.group(1))
                .filter(dockerfile::hasStage).map(dockerfile::stage)
                .filter(s -> !s.arguments("RUN").isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError(image.name() + " copies from no build stage"));
    }

    /** The stage and every stage it builds on or copies from. */
    private static List<Stage> stagesBehind(Stage image) {
        List<Stage> found = new ArrayList<>(List.of(image));
        for (int i = 0; i < found.size(); i++) {
            Stage stage = found.get(i);
            List<String> names = new ArrayList<>(List.of(stage.base()));
            stage.arguments("COPY").stream().map(COPY_FROM::matcher).filter(Matcher::find).forEach(m -> names.add(m.group(1)));
            names.stream().filter(dockerfile::hasStage).map(dockerfile::stage)
                    .filter(s -> !found.contains(s)).forEach(found::add);
        }
        return found;
    }

    private static List<Path> sourceOf(String className) {
        String relative = "src/main/java/" + className.replace('.', '/') + ".java";
        List<Path> found = new ArrayList<>();
        for (String module : List.of("streams-app", "trainer", "ingest")) {
            Path source = OpsFiles.ROOT.resolve(module).resolve(relative);
            if (Files.isRegularFile(source)) {
                found.add(source);
            }
        }
        return found;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
