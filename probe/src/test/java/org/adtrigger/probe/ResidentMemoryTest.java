package org.adtrigger.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResidentMemoryTest {

    @Test
    void readsVmRssInKibibytes() {
        String status = "Name:\tjava\nVmPeak:\t 9000000 kB\nVmRSS:\t  524288 kB\nRssAnon:\t 400000 kB\n";
        assertThat(ResidentMemory.parseVmRss(status, "status")).isEqualTo(524_288L * 1024);
    }

    @Test
    void aStatusWithoutVmRssIsRefusedNamingTheSource() {
        assertThatThrownBy(() -> ResidentMemory.parseVmRss("Name:\tkthreadd\nState:\tS\n", "/proc/2/status"))
                .hasMessageContaining("/proc/2/status").hasMessageContaining("no VmRSS");
    }

    @Test
    void aMalformedVmRssLineIsRefused() {
        assertThatThrownBy(() -> ResidentMemory.parseVmRss("VmRSS:\t12 MB\n", "s")).hasMessageContaining("VmRSS:\t12 MB");
    }

    @Test
    void readsThisJvmsOwnRss() {
        long rss = ResidentMemory.bytesOf(ProcessHandle.current().pid());
        assertThat(rss).isGreaterThan(Runtime.getRuntime().totalMemory() / 100).isLessThan(Runtime.getRuntime().maxMemory() * 4);
    }
}
