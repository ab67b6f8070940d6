package org.instarelay.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.instarelay.pictures.PictureStore;
import org.instarelay.testing.MutableClock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A started web face on a free port, with fakes behind every port and a client for tests.
 * Register it with {@code @RegisterExtension}: each test gets a fresh server and folder.
 */
final class WebHarness implements BeforeEachCallback, AfterEachCallback {
    static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
    private static final long PICTURE_BUDGET = 10_000_000;
    MutableClock clock;
    FakeFeeds feeds;
    FakeHealth health;
    FakeCallback callback;
    Metrics metrics;
    Path folder;
    PictureStore pictures;
    WebServer server;
    private OkHttpClient client;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        clock = new MutableClock(START);
        feeds = new FakeFeeds();
        health = new FakeHealth(START);
        callback = new FakeCallback(clock);
        metrics = new Metrics();
        folder = Files.createTempDirectory("instarelay-web");
        pictures = PictureStore.open(folder.resolve("pictures"), PICTURE_BUDGET, clock);
        server = WebServer.start(new WebSettings(0, "127.0.0.1", "http://bot.example.org", PICTURE_BUDGET),
                new WebFace(feeds, pictures, health, callback, metrics, clock));
        client = new OkHttpClient.Builder().followRedirects(false).build();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** A GET as OkHttp sends it; the body is read and the response closed. */
    Answer get(String path, String... headerPairs) throws IOException {
        return call(path, "GET", headerPairs);
    }

    Answer call(String path, String method, String... headerPairs) throws IOException {
        Request.Builder request = new Request.Builder().url(url(path));
        for (int i = 0; i < headerPairs.length; i += 2) {
            request.header(headerPairs[i], headerPairs[i + 1]);
        }
        boolean needsBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        request.method(method, needsBody ? okhttp3.RequestBody.create(new byte[0]) : null);
        try (Response response = client.newCall(request.build()).execute()) {
            return new Answer(response.code(), response.headers(), response.body().bytes());
        }
    }

    /**
     * Sends {@code target} exactly as written, for paths a normal client would clean up first
     * (dot segments, encoded slashes). Returns the whole raw answer.
     */
    String raw(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        server.close();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** A response already read. */
    record Answer(int status, okhttp3.Headers headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.get(name);
        }
    }
}
