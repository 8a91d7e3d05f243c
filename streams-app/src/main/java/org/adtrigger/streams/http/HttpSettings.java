package org.adtrigger.streams.http;

import java.util.Properties;

/**
 * Where the operations endpoints listen.
 *
 * @param address interface to bind; loopback by default so nothing is exposed unless asked for
 * @param port    TCP port; 0 picks a free one (logged at start-up)
 */
public record HttpSettings(String address, int port) {
    public static final String ADDRESS = "http.address";
    public static final String PORT = "http.port";

    public static final HttpSettings DEFAULTS = new HttpSettings("127.0.0.1", 8080);

    public HttpSettings {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException(ADDRESS + " must not be empty");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(PORT + " must be 0..65535, not " + port);
        }
        address = address.trim();
    }

    /** Reads the {@code http.*} keys; absent keys take the defaults. */
    public static HttpSettings from(Properties config) {
        String port = config.getProperty(PORT, Integer.toString(DEFAULTS.port())).trim();
        try {
            return new HttpSettings(config.getProperty(ADDRESS, DEFAULTS.address()), Integer.parseInt(port));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT + " must be an integer, not '" + port + "'", e);
        }
    }
}
