package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The REST half of the fake: a JDK HttpServer on 127.0.0.1 and an ephemeral port. Every request
 * below {@code /api/v10/} is checked for the bot token, offered to the {@link FaultInjector}, then
 * routed; it is recorded with the status it got <em>before</em> the answer is written, so once a
 * JDA RestAction has completed its request is guaranteed to be in the log. Uploaded files are
 * served back under {@code /attachments/...} (the URLs the fake puts in messages).
 */
final class FakeRest implements AutoCloseable {
    static final String API_PREFIX = "/api/v10/";
    private static final String ATTACHMENTS_PREFIX = "/attachments/";

    private final FakeDiscordConfig config;
    private final MessageStore store;
    private final Recorder recorder;
    private final FaultInjector faults;
    private final FaultInjector lostAnswers;
    private final HeldSends held;
    private final RouteTable routes = new RouteTable();
    private final HttpServer server;
    private final ExecutorService executor;

    /**
     * @param faults      answered instead of carrying the request out
     * @param lostAnswers answered after carrying the request out (the change stays, the answer says
     *                    it failed)
     */
    FakeRest(FakeDiscordConfig config, MessageStore store, Recorder recorder, FaultInjector faults,
             FaultInjector lostAnswers, HeldSends held, GuildRoutes guildRoutes,
             InteractionRoutes interactionRoutes) throws IOException {
        this.config = config;
        this.store = store;
        this.recorder = recorder;
        this.faults = faults;
        this.lostAnswers = lostAnswers;
        this.held = held;
        guildRoutes.register(routes);
        interactionRoutes.register(routes);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Several threads: JDA sends requests of different buckets in parallel, and a 5xx retry
        // must not be stuck behind a slow request.
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-discord-rest");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        store.cdnBase(baseUrl());
    }

    /** {@code http://127.0.0.1:P/}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** {@code http://127.0.0.1:P/api/v10/}, what JDA's RestConfig#setBaseUrl wants. */
    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + API_PREFIX;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            String decodedPath = exchange.getRequestURI().getPath();
            if (decodedPath.startsWith(ATTACHMENTS_PREFIX)) {
                serveFile(exchange, decodedPath.substring(1));
                return;
            }
            String path = decodedPath.startsWith(API_PREFIX) ? decodedPath.substring(API_PREFIX.length()) : decodedPath;
            RecordedRequest request = parse(exchange, path, rawPath, body);
            // A held post waits here, outside the store's lock, so the rest of Discord goes on.
            held.pass(request.method(), path, () -> store.admit(path.split("/")[1], request.payload()));
            RestResponse response;
            // Carried out and recorded under the store's lock, so that a message is never seen in a
            // channel before its request is in the log (a test that waited for the post may count
            // the requests at once; a 429 test once saw the post before its 200). Handling is quick;
            // reading and writing bodies stay parallel.
            synchronized (store) {
                try {
                    response = answer(request, decodedPath.startsWith(API_PREFIX));
                } catch (RuntimeException e) {
                    // A bug in the fake: make it loud in the test output and visible to the test.
                    e.printStackTrace();
                    response = RestResponse.error(500, DiscordJson.error("fake-discord: " + e, 0));
                }
                recorder.add(withResult(request, response));
            }
            send(exchange, response);
        }
    }

    private RestResponse answer(RecordedRequest request, boolean underApi) {
        if (!underApi) {
            return RestResponse.error(404, DiscordJson.error("Unknown", 0));
        }
        // Interaction callbacks and interaction webhooks are authorised by their token in the
        // path, not by the bot token (JDA sends the header anyway).
        boolean tokenInPath = request.path().startsWith("interactions/") || request.path().startsWith("webhooks/");
        if (!tokenInPath && !("Bot " + config.token()).equals(request.header("authorization").orElse(""))) {
            return RestResponse.error(401, Fault.UNAUTHORIZED);
        }
        Optional<Fault> fault = faults.take(request.method(), request.path());
        if (fault.isPresent()) {
            return RestResponse.of(fault.get());
        }
        RestResponse done;
        try {
            done = routes.dispatch(request).orElseGet(() -> RestResponse.error(404, DiscordJson.error("Unknown", 0)));
        } catch (MessageRefused refused) {
            // A message that breaks Discord's rules: nothing was stored, the answer says why.
            done = refused.response();
        }
        if (done.status() / 100 == 2) {
            Optional<Fault> lost = lostAnswers.take(request.method(), request.path());
            if (lost.isPresent()) {
                return RestResponse.of(lost.get());
            }
        }
        return done;
    }

    private RecordedRequest parse(HttpExchange exchange, String path, String rawPath, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        JsonNode json = null;
        List<MultipartPart> parts = List.of();
        if (Multipart.isMultipart(contentType)) {
            parts = Multipart.parse(body, contentType);
        } else if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json")
                && body.length > 0) {
            json = DiscordJson.parse(new String(body, StandardCharsets.UTF_8));
        }
        return new RecordedRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT), path, rawPath,
                exchange.getRequestURI().getRawQuery(), headers, body, json, parts, 0, "", Instant.now());
    }

    private static RecordedRequest withResult(RecordedRequest r, RestResponse response) {
        return new RecordedRequest(r.method(), r.path(), r.rawPath(), r.query(), r.headers(), r.body(), r.json(),
                r.parts(), response.status(), response.body() == null ? "" : response.body(), r.receivedAt());
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        Optional<byte[]> bytes = store.file(path);
        if (bytes.isEmpty()) {
            exchange.sendResponseHeaders(404, -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, bytes.get().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes.get());
        }
    }

    private static void send(HttpExchange exchange, RestResponse response) throws IOException {
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        if (response.body() == null) {
            exchange.sendResponseHeaders(response.status(), -1); // -1: no body at all (204)
            return;
        }
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        // JDA reads retry_after of a 429, and the callback's with_response body, only when they say they are JSON.
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
