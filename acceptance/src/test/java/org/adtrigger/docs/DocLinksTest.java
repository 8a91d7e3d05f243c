package org.adtrigger.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README and the pages under docs/ link to files and headings that exist, and name only commands the
 * launcher has: a moved or renamed section breaks the build, not the reader's click. Anchors follow GitHub's
 * heading slugs. Tests run in the acceptance module directory, so the repository root is its parent.
 */
class DocLinksTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```[^\\n]*$");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");
    /** {@code [text](target)} and {@code ![alt](target)}, target without spaces, optional title ignored. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+(.+?)[ \\t#]*$");
    private static final Pattern SECTION = Pattern.compile("(?m)^#{2,3}[ \\t]+(.+?)[ \\t#]*$");
    private static final Pattern COMMAND = Pattern.compile("(?m)(?:^|[\\s`(])(?:\\./)?adtrigger ([a-z][a-z0-9-]*)");

    @Test
    void everyRelativeLinkPointsAtAnExistingFileAndHeading() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            String text = Files.readString(page);
            for (String target : links(text)) {
                if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
                    continue; // https:, mailto: and the like: not ours to check offline
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (no such file)");
                } else if (hash >= 0 && resolved.toString().endsWith(".md")
                        && !anchors(Files.readString(resolved)).contains(target.substring(hash + 1))) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void everyCommandTheDocsNameIsACommandOfTheLauncher() throws IOException {
        String launcher = Files.readString(ROOT.resolve("adtrigger"));
        Set<String> named = new TreeSet<>();
        for (Path page : pages()) {
            Matcher m = COMMAND.matcher(Files.readString(page));
            while (m.find()) {
                named.add(m.group(1));
            }
        }
        assertThat(named).as("commands named in README.md and docs/").isNotEmpty();
        for (String command : named) {
            assertThat(launcher).as("launcher command '%s'", command)
                    .containsPattern("(?m)^\\s+(?:[a-z0-9|-]+\\|)?" + Pattern.quote(command) + "(?:\\|[a-z0-9|-]+)?\\)");
        }
    }

    @Test
    void readmeIsShortAndLinksEveryDocsPageAndSection() throws IOException {
        List<String> readme = Files.readAllLines(ROOT.resolve("README.md"));
        assertThat(readme).as("README lines").hasSizeLessThanOrEqualTo(250);
        Set<String> linked = links(String.join("\n", readme));
        for (Path page : pages()) {
            if (page.getFileName().toString().equals("README.md")) {
                continue;
            }
            String target = ROOT.relativize(page).toString().replace('\\', '/');
            assertThat(linked).as("README links " + target).contains(target);
            Matcher section = SECTION.matcher(FENCE.matcher(Files.readString(page)).replaceAll(""));
            while (section.find()) {
                // one click from the README to every section of a docs page
                assertThat(linked).as("README links section '%s' of %s", section.group(1), target)
                        .contains(target + "#" + slug(section.group(1)));
            }
        }
        // .ci/run runs "the README's test command".
        assertThat(String.join("\n", readme)).contains("./mvnw verify");
        assertThat(Files.readString(ROOT.resolve(".ci/run"))).contains("./mvnw -B verify");
    }

    @Test
    void slugsFollowGitHub() {
        assertThat(slug("Studies (`adtrigger study …`)")).isEqualTo("studies-adtrigger-study-");
        assertThat(slug("Ingesting physicists' archives (`adtrigger ingest`, `adtrigger inspect FILE.root`)"))
                .isEqualTo("ingesting-physicists-archives-adtrigger-ingest-adtrigger-inspect-fileroot");
        assertThat(slug("Baseline anomaly scores (`trainer/.../baseline`)")).isEqualTo("baseline-anomaly-scores-trainerbaseline");
        assertThat(slug("Z′ and **bold** [link](x.md) snake_case")).isEqualTo("z-and-bold-link-snake_case");
        assertThat(anchors("# A\n## A\n```\n# not a heading\n```\n## A\n")).containsExactly("a", "a-1", "a-2");
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** Link targets outside code blocks and code spans. */
    private static Set<String> links(String markdown) {
        String prose = CODE_SPAN.matcher(FENCE.matcher(markdown).replaceAll("")).replaceAll("");
        Set<String> targets = new LinkedHashSet<>();
        Matcher m = LINK.matcher(prose);
        while (m.find()) {
            targets.add(m.group(1));
        }
        return targets;
    }

    /** The anchors GitHub gives a page's headings: slugs, repeated ones numbered -1, -2, … */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Matcher m = HEADING.matcher(FENCE.matcher(markdown).replaceAll(""));
        while (m.find()) {
            String base = slug(m.group(1));
            String anchor = base;
            for (int n = 1; anchors.contains(anchor); n++) {
                anchor = base + "-" + n;
            }
            anchors.add(anchor);
        }
        return anchors;
    }

    /**
     * GitHub's heading slug: the rendered text (links reduced to their text, code and emphasis markers gone),
     * lower-cased, every character but letters, digits, marks, spaces, hyphens and underscores dropped, each
     * space a hyphen.
     */
    static String slug(String heading) {
        String text = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("`", "").replace("**", "").replace("*", "");
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
    }
}
