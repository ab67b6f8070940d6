package org.instarelay.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own answers (a malformed request, headers too large) before Javalin sees the request:
 * a fixed page with the status, never the request's path, Jetty's message or a stack trace.
 */
final class BareErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message,
            Throwable cause, Callback callback) throws IOException {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", Headers.PAGE_POLICY);
        headers.put("Referrer-Policy", "no-referrer");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8"));
        fields.put("X-Content-Type-Options", "nosniff");
        return ByteBuffer.wrap(body(status));
    }

    private static byte[] body(int code) {
        String html = code == 404 ? ErrorPages.NOT_FOUND
                : Html.message("Bad request", "The bot could not read this request (HTTP " + code + ").");
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
