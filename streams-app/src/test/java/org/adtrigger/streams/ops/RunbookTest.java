package org.adtrigger.streams.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** ops/RUNBOOK.md explains every alert, and each alert's runbook annotation points at its section. */
class RunbookTest {
    @Test
    void everyAlertHasASectionAndPointsAtIt() throws Exception {
        String runbook = Files.readString(OpsFiles.RUNBOOK);
        assertThat(runbook).contains("## Deploying", "## Scaling", "## Rolling out a new model", "## Alerts");
        for (JsonNode group : OpsFiles.yaml(OpsFiles.ALERTS).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                String alert = rule.path("alert").asText();
                assertThat(runbook).as("section for " + alert).contains("\n### " + alert + "\n");
                assertThat(rule.path("annotations").path("runbook").asText())
                        .isEqualTo("ops/RUNBOOK.md#" + alert.toLowerCase(Locale.ROOT));
                assertThat(rule.path("labels").path("severity").asText()).as("severity of " + alert)
                        .isIn("critical", "warning");
            }
        }
    }
}
