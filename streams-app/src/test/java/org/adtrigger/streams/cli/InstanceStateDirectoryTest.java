package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceStateDirectoryTest {
    @TempDir
    Path base;

    @Test
    void aSecondInstanceGetsADirectoryOfItsOwnAndARestartGetsTheFirstBack() throws Exception {
        Path first;
        try (InstanceStateDirectory one = InstanceStateDirectory.claim(base, "adtrigger", "kafka:9092");
             InstanceStateDirectory two = InstanceStateDirectory.claim(base, "adtrigger", "kafka:9092")) {
            first = one.path();
            assertThat(two.path()).isNotEqualTo(first).hasParent(first.getParent());
            assertThat(first).isDirectory().hasFileName("instance-0");
            assertThat(two.path()).hasFileName("instance-1");
        }
        try (InstanceStateDirectory again = InstanceStateDirectory.claim(base, "adtrigger", "kafka:9092")) {
            assertThat(again.path()).as("a restart finds its state").isEqualTo(first);
        }
    }

    @Test
    void otherApplicationsAndClustersGetOtherDirectories() throws Exception {
        try (InstanceStateDirectory a = InstanceStateDirectory.claim(base, "adtrigger", "kafka:9092");
             InstanceStateDirectory b = InstanceStateDirectory.claim(base, "other", "kafka:9092");
             InstanceStateDirectory c = InstanceStateDirectory.claim(base, "adtrigger", "elsewhere:9092")) {
            assertThat(a.path().getParent()).isNotEqualTo(b.path().getParent()).isNotEqualTo(c.path().getParent());
            assertThat(a.path().getParent().getFileName().toString()).startsWith("adtrigger-");
        }
    }
}
