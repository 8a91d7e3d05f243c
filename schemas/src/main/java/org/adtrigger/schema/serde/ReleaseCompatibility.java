package org.adtrigger.schema.serde;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;
import org.apache.avro.SchemaNormalization;

/**
 * The rule a record's current schema must keep against its releases: it is itself the newest release,
 * and it and every earlier release resolve each other both ways, so that today's readers read every
 * archive and producer of the past, and readers of the past (other deployments during a roll-out) read
 * what today's writers produce.
 */
final class ReleaseCompatibility {

    private ReleaseCompatibility() {
    }

    /** What is wrong, one line each; empty when the current schema keeps the rule. */
    static List<String> problems(Schema current, List<ReleasedSchemas.Release> releases) {
        String record = current.getName();
        List<String> problems = new ArrayList<>();
        if (releases.isEmpty()) {
            problems.add(record + " has no released version: add " + ReleasedSchemas.DIRECTORY + record
                    + ".v1.avsc and list it in index.txt");
            return problems;
        }
        for (int i = 0; i < releases.size(); i++) {
            if (releases.get(i).version() != i + 1) {
                problems.add(record + " releases are not numbered 1.." + releases.size() + " without gaps");
                break;
            }
        }
        ReleasedSchemas.Release newest = releases.get(releases.size() - 1);
        if (newest.fingerprint() != SchemaNormalization.parsingFingerprint64(current)) {
            problems.add(record + " changed since its newest release v" + newest.version() + ": add "
                    + ReleasedSchemas.DIRECTORY + record + ".v" + (newest.version() + 1)
                    + ".avsc (the new schema) to index.txt so that its compatibility is checked and readers know it");
        }
        for (ReleasedSchemas.Release release : releases) {
            check(problems, "the current " + record + " cannot read v" + release.version() + " payloads",
                    SchemaCompatibility.checkReaderWriterCompatibility(current, release.schema()));
            check(problems, record + " v" + release.version() + " readers cannot read current payloads",
                    SchemaCompatibility.checkReaderWriterCompatibility(release.schema(), current));
        }
        return problems;
    }

    private static void check(List<String> problems, String what, SchemaPairCompatibility result) {
        if (result.getType() != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
            result.getResult().getIncompatibilities().forEach(incompatibility -> problems.add(what + ": "
                    + incompatibility.getType() + " at " + incompatibility.getLocation() + " ("
                    + incompatibility.getMessage() + ")"));
        }
    }
}
