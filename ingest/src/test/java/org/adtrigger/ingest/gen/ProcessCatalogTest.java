package org.adtrigger.ingest.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessCatalogTest {

    private static List<String> samples(String list) {
        return ProcessCatalog.parse(list).stream().map(p -> p.info().sample()).toList();
    }

    @Test
    void groupsExpandToTheirProcesses() {
        assertThat(samples("sm")).containsExactly("zee", "zmumu", "ztautau", "wjets", "ttbar", "singletop", "ww",
                "wz", "zz", "h4l");
        assertThat(samples("bsm")).containsExactly("zprime2000", "c1n2_450_300", "c1n2_800_50", "slepton_600_300",
                "wr_4000_n_1000");
        assertThat(samples("all")).hasSize(15);
    }

    @Test
    void parameterisedFormsAndSampleNamesAreEquivalent() {
        assertThat(samples("zprime:3000, C1N2:500:100 ,slepton:400:100,wr:5000:2000"))
                .containsExactly("zprime3000", "c1n2_500_100", "slepton_400_100", "wr_5000_n_2000");
        assertThat(samples("zprime3000,c1n2_500_100,slepton_400_100,wr_5000_n_2000"))
                .containsExactly("zprime3000", "c1n2_500_100", "slepton_400_100", "wr_5000_n_2000");
    }

    @Test
    void crossSectionsAreTheDocumentedOnes() {
        assertThat(xsec("zee")).isEqualTo(1981.0);
        assertThat(xsec("ztautau")).isCloseTo(1981.0 * 0.3521 * 0.3521, within(1e-9));
        assertThat(xsec("ttbar")).isCloseTo(832.0 * 0.2134 * 0.2134, within(1e-9));
        assertThat(xsec("h4l")).isCloseTo(55.1 * 1.24e-4, within(1e-12));
        assertThat(xsec("zprime")).isCloseTo(0.024, within(1e-12));
        // log-linear interpolation between the 400 and 500 GeV entries: √(0.1215 × 0.0464)
        assertThat(xsec("c1n2:450:300")).isCloseTo(Math.sqrt(0.1215 * 0.0464) * 0.2134 * 0.067294, within(1e-9));
        assertThat(ProcessCatalog.parse("c1n2:450:300").get(0).info().datasetId()).isEqualTo(52_045_030);
    }

    private static double xsec(String name) {
        return ProcessCatalog.parse(name).get(0).info().crossSectionPb();
    }

    @Test
    void badEntriesAreRefusedWithTheirName() {
        assertThatThrownBy(() -> ProcessCatalog.parse("zee,qcd")).hasMessageContaining("unknown process 'qcd'");
        assertThatThrownBy(() -> ProcessCatalog.parse("zee,,ttbar")).hasMessageContaining("empty entry");
        assertThatThrownBy(() -> ProcessCatalog.parse("sm,zee")).hasMessageContaining("zee listed twice");
        assertThatThrownBy(() -> ProcessCatalog.parse("zprime:abc")).hasMessageContaining("not an integer");
        assertThatThrownBy(() -> ProcessCatalog.parse("c1n2:450")).hasMessageContaining("takes 2 mass(es)");
        assertThatThrownBy(() -> ProcessCatalog.parse("zprime:9000")).hasMessageContaining("'zprime:9000'")
                .hasMessageContaining("outside the tabulated range");
        assertThatThrownBy(() -> ProcessCatalog.parse("c1n2:300:295")).hasMessageContaining("m(LSP)");
        assertThatThrownBy(() -> ProcessCatalog.parse("slepton:300:300")).hasMessageContaining("m(LSP)");
        assertThatThrownBy(() -> ProcessCatalog.parse("wr:4000:3950")).hasMessageContaining("m(N)");
    }
}
