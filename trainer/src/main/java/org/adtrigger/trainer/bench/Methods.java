package org.adtrigger.trainer.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.adtrigger.trainer.arch.Architectures;
import org.adtrigger.trainer.baseline.BaselineMethod;

/** The {@code --methods} list: the values {@code train --model} accepts, checked before any event is generated. */
final class Methods {
    private Methods() {
    }

    /**
     * @throws IllegalArgumentException naming the first method train does not know, or a repeated one
     */
    static List<String> parse(List<String> names) {
        LinkedHashSet<String> methods = new LinkedHashSet<>();
        for (String raw : names) {
            String name = raw.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("empty method name in --methods");
            }
            if (BaselineMethod.byName(name).isEmpty()) {
                try {
                    Architectures.parse(name);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown method '" + raw.trim() + "' in --methods: neither a "
                            + "baseline (" + baselineNames() + ") nor an autoencoder (" + e.getMessage() + ")", e);
                }
            }
            if (!methods.add(name)) {
                throw new IllegalArgumentException("method '" + name + "' listed twice in --methods");
            }
        }
        return new ArrayList<>(methods);
    }

    private static String baselineNames() {
        return Arrays.stream(BaselineMethod.values()).map(BaselineMethod::id).collect(Collectors.joining(", "));
    }

    /** A file name for the method: architecture specs may hold ':' and ','. */
    static String fileName(String method) {
        return method.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
