package org.adtrigger.schema.serde;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * The writer schemas ADTrigger has released, read from the class path
 * ({@value #DIRECTORY}{@code index.txt} lists them). Kept so that archives and producers written against
 * an earlier version stay readable after a schema change: a deserializer resolves any of them to the
 * current schema with Avro's schema resolution.
 */
final class ReleasedSchemas {

    static final String DIRECTORY = "org/adtrigger/schema/released/";

    private static final Pattern FILE_NAME = Pattern.compile("(\\w+)\\.v(\\d+)\\.avsc");

    private static final List<Release> ALL = load();

    private ReleasedSchemas() {
    }

    /** One released version of one record schema. */
    record Release(String recordName, int version, Schema schema, long fingerprint) {
    }

    /** Every release, in the order the index lists them. */
    static List<Release> all() {
        return ALL;
    }

    /** The releases of the record with this simple name, oldest first. */
    static List<Release> of(String recordName) {
        return ALL.stream()
                .filter(release -> release.recordName().equals(recordName))
                .sorted((a, b) -> Integer.compare(a.version(), b.version()))
                .toList();
    }

    private static List<Release> load() {
        List<Release> releases = new ArrayList<>();
        for (String file : indexEntries()) {
            Matcher name = FILE_NAME.matcher(file);
            if (!name.matches()) {
                throw new IllegalStateException(DIRECTORY + "index.txt: '" + file
                        + "' is not named <Record>.v<N>.avsc");
            }
            Schema schema = parse(file);
            if (!schema.getName().equals(name.group(1))) {
                throw new IllegalStateException(DIRECTORY + file + " holds record " + schema.getName()
                        + ", not " + name.group(1));
            }
            releases.add(new Release(name.group(1), Integer.parseInt(name.group(2)), schema,
                    SchemaNormalization.parsingFingerprint64(schema)));
        }
        return List.copyOf(releases);
    }

    private static List<String> indexEntries() {
        try (BufferedReader index = new BufferedReader(new InputStreamReader(open("index.txt"),
                StandardCharsets.UTF_8))) {
            return index.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIRECTORY + "index.txt", e);
        }
    }

    private static Schema parse(String file) {
        try (InputStream in = open(file)) {
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read released schema " + DIRECTORY + file, e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = ReleasedSchemas.class.getClassLoader().getResourceAsStream(DIRECTORY + file);
        if (in == null) {
            throw new IllegalStateException("released schema " + DIRECTORY + file + " is missing from the class path");
        }
        return in;
    }
}
