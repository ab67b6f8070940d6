package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The gateway half of the fake: a WebSocket server on 127.0.0.1 speaking Discord's JSON gateway
 * protocol without compression (JDA must be built with {@code Compression.NONE}; it connects to
 * {@code ws://127.0.0.1:Q/?encoding=json&v=10}).
 *
 * <p>Session: on open the fake sends HELLO (op 10). JDA sends IDENTIFY (op 2) right after the socket
 * opens, without waiting for HELLO; the fake checks the token (close 4004 if wrong) and answers with
 * READY (listing every server the bot is in, each unavailable) and one GUILD_CREATE per server. Heartbeats (op 1) get an ACK (op 11). RESUME (op 6) with the current
 * session id gets RESUMED, anything else op 9 (invalid session), after which JDA identifies anew.
 * Dispatches carry increasing sequence numbers ({@code s}) per session.
 */
final class FakeGateway extends WebSocketServer {
    private static final int OP_DISPATCH = 0;
    private static final int OP_HEARTBEAT = 1;
    private static final int OP_IDENTIFY = 2;
    private static final int OP_RESUME = 6;
    private static final int OP_INVALID_SESSION = 9;
    private static final int OP_HELLO = 10;
    private static final int OP_HEARTBEAT_ACK = 11;

    private final FakeDiscordConfig config;
    private final ServerState servers;
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<JsonNode> received = new ArrayList<>();
    private volatile Exception startFailure;

    // Guarded by this.
    private WebSocket session;
    private String sessionId;
    private int sequence;
    private int readyCount;

    FakeGateway(ServerState servers) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.config = servers.config();
        this.servers = servers;
        setReuseAddr(true);
        setDaemon(true);
    }

    /** Starts the server thread and waits until the port is bound. */
    void startAndWait() {
        start();
        try {
            if (!started.await(5, TimeUnit.SECONDS) || startFailure != null) {
                throw new IllegalStateException("gateway did not start", startFailure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code ws://127.0.0.1:Q/}; JDA appends its query itself. */
    String url() {
        return "ws://127.0.0.1:" + getPort() + "/";
    }

    @Override
    public void onStart() {
        setConnectionLostTimeout(0); // JDA keeps the connection alive with heartbeats; no pings needed
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        ObjectNode hello = DiscordJson.object();
        hello.put("op", OP_HELLO);
        hello.putObject("d").put("heartbeat_interval", config.heartbeatIntervalMillis());
        hello.putNull("s");
        hello.putNull("t");
        conn.send(DiscordJson.write(hello));
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        JsonNode frame = DiscordJson.parse(message);
        synchronized (this) {
            received.add(frame);
            notifyAll();
        }
        switch (frame.path("op").asInt(-1)) {
            case OP_HEARTBEAT -> conn.send("{\"op\":" + OP_HEARTBEAT_ACK + ",\"d\":null,\"s\":null,\"t\":null}");
            case OP_IDENTIFY -> identify(conn, frame.path("d"));
            case OP_RESUME -> resume(conn, frame.path("d"));
            default -> {
                // presence updates (3), voice (4), member requests (8): nothing to do
            }
        }
    }

    private synchronized void identify(WebSocket conn, JsonNode d) {
        if (!config.token().equals(d.path("token").asText())) {
            conn.close(4004, "Authentication failed.");
            return;
        }
        session = conn;
        sessionId = UUID.randomUUID().toString().replace("-", "");
        sequence = 0;
        List<FakeGuild> guilds = servers.withBot();
        send("READY", DiscordJson.ready(config, guilds, sessionId, url()));
        // Every guild READY lists as unavailable needs its GUILD_CREATE, or JDA waits 75 s for it.
        guilds.forEach(g -> send("GUILD_CREATE", DiscordJson.guildCreate(config, g)));
        readyCount++;
        notifyAll();
    }

    private synchronized void resume(WebSocket conn, JsonNode d) {
        if (sessionId == null || !sessionId.equals(d.path("session_id").asText())
                || !config.token().equals(d.path("token").asText())) {
            conn.send("{\"op\":" + OP_INVALID_SESSION + ",\"d\":false,\"s\":null,\"t\":null}");
            return;
        }
        session = conn;
        send("RESUMED", DiscordJson.object());
    }

    /**
     * Sends a dispatch (op 0) to the identified session.
     *
     * @throws IllegalStateException if no client has identified yet
     */
    synchronized void dispatch(String type, JsonNode data) {
        if (session == null || !session.isOpen()) {
            throw new IllegalStateException("no identified gateway session to dispatch " + type + " to");
        }
        send(type, data);
    }

    private void send(String type, JsonNode data) {
        ObjectNode frame = DiscordJson.object();
        frame.put("op", OP_DISPATCH);
        frame.put("t", type);
        frame.put("s", ++sequence);
        frame.set("d", data);
        session.send(DiscordJson.write(frame));
    }

    /** Blocks until a client has identified and been sent READY + GUILD_CREATE. */
    synchronized void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (readyCount == 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no client identified on the fake gateway within " + timeout);
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Blocks until a received frame matches (frames received earlier count too) and returns it. */
    synchronized JsonNode awaitFrame(Predicate<JsonNode> predicate, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                for (JsonNode frame : received) {
                    if (predicate.test(frame)) {
                        return frame;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no matching gateway frame within " + timeout + "; received " + received);
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The last sequence number sent. */
    synchronized int sequence() {
        return sequence;
    }

    /** Every frame received from clients, oldest first (IDENTIFY carries the intents). */
    synchronized List<JsonNode> received() {
        return List.copyOf(received);
    }

    @Override
    public synchronized void onClose(WebSocket conn, int code, String reason, boolean remote) {
        if (conn == session) {
            session = null;
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        if (conn == null) {
            startFailure = ex; // the server socket itself failed
            started.countDown();
        }
    }

    /** Drops the bot's session as a Discord outage would (close 4000): JDA reconnects and resumes. */
    synchronized void dropSession() {
        if (session != null) {
            session.close(4000, "Unknown error.");
        }
    }

    /** Closes every connection and the server socket. */
    void shutdown() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
