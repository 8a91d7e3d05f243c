package org.adtrigger.streams.http;

import java.nio.charset.StandardCharsets;

/** What an endpoint answers: status, content type and body. */
record Response(int status, String contentType, byte[] body) {
    static final String PLAIN_TEXT = "text/plain; charset=utf-8";

    static Response text(int status, String text) {
        return new Response(status, PLAIN_TEXT, (text + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
