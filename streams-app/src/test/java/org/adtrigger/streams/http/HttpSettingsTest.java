package org.adtrigger.streams.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;

import org.junit.jupiter.api.Test;

class HttpSettingsTest {

    @Test
    void defaultsToLoopback() {
        assertThat(HttpSettings.from(new Properties())).isEqualTo(new HttpSettings("127.0.0.1", 8080));
    }

    @Test
    void readsAddressAndPort() {
        Properties p = new Properties();
        p.setProperty("http.address", "0.0.0.0");
        p.setProperty("http.port", " 0 ");
        assertThat(HttpSettings.from(p)).isEqualTo(new HttpSettings("0.0.0.0", 0));
    }

    @Test
    void rejectsPortsOutOfRange() {
        Properties p = new Properties();
        p.setProperty("http.port", "70000");
        assertThatThrownBy(() -> HttpSettings.from(p)).hasMessageContaining("http.port must be 0..65535");
        p.setProperty("http.port", "web");
        assertThatThrownBy(() -> HttpSettings.from(p)).hasMessageContaining("http.port must be an integer, not 'web'");
    }
}
