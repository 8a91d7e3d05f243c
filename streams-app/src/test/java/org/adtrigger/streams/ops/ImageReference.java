package org.adtrigger.streams.ops;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container image reference {@code repository:tag[@sha256:digest]} whose tag is pinned: present, not
 * {@code latest}, and naming a release (it holds a digit), so a rebuild gets the same base.
 */
record ImageReference(String repository, String tag) {
    private static final Pattern REFERENCE =
            Pattern.compile("(?<repo>[a-z0-9]+(?:[._/-][a-z0-9]+)*):(?<tag>[A-Za-z0-9_][A-Za-z0-9_.-]*)(?:@sha256:[0-9a-f]{64})?");

    /** The reference when {@code text} is a pinned image, empty otherwise. */
    static Optional<ImageReference> pinned(String text) {
        Matcher m = REFERENCE.matcher(text);
        if (!m.matches() || m.group("tag").equals("latest") || !m.group("tag").matches(".*\\d.*")) {
            return Optional.empty();
        }
        return Optional.of(new ImageReference(m.group("repo"), m.group("tag")));
    }
}
