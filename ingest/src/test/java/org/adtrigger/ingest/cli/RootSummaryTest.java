package org.adtrigger.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RootSummaryTest {

    @Test
    void compressionSettingsInWords() {
        assertThat(RootSummary.compression(101)).isEqualTo("zlib level 1");
        assertThat(RootSummary.compression(207)).isEqualTo("LZMA level 7");
        assertThat(RootSummary.compression(404)).isEqualTo("LZ4 level 4");
        assertThat(RootSummary.compression(505)).isEqualTo("ZSTD level 5");
        assertThat(RootSummary.compression(0)).isEqualTo("uncompressed");
        assertThat(RootSummary.compression(901)).isEqualTo("algorithm 9 level 1");
    }

    @Test
    void countsTakeTheirPlural() {
        assertThat(RootSummary.plural(1, "basket")).isEqualTo("1 basket");
        assertThat(RootSummary.plural(0, "basket")).isEqualTo("0 baskets");
        assertThat(RootSummary.plural(1, "entry", "entries")).isEqualTo("1 entry");
        assertThat(RootSummary.plural(39, "entry", "entries")).isEqualTo("39 entries");
    }
}
