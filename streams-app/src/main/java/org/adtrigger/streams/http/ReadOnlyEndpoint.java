package org.adtrigger.streams.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Serves one exact path with GET (and HEAD). Anything else is refused — 405 for other methods, 404
 * for longer paths the server's prefix matching would otherwise route here — so no request can have
 * an effect beyond reading.
 */
final class ReadOnlyEndpoint implements HttpHandler {
    private final String path;
    private final Supplier<Response> responder;

    ReadOnlyEndpoint(String path, Supplier<Response> responder) {
        this.path = path;
        this.responder = responder;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            Response response;
            if (!exchange.getRequestURI().getPath().equals(path)) {
                response = Response.text(404, "not found");
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                response = Response.text(405, "method not allowed");
            } else {
                response = responder.get();
            }
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(response.status(), -1);
                return;
            }
            exchange.sendResponseHeaders(response.status(), response.body().length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(response.body());
            }
        }
    }
}
