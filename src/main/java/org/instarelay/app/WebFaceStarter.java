package org.instarelay.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.instarelay.commands.WebFaceState;
import org.instarelay.config.HttpSettings;
import org.instarelay.instagram.InstagramSettings;
import org.instarelay.pictures.PictureStore;
import org.instarelay.web.FeedSource;
import org.instarelay.web.Metrics;
import org.instarelay.web.PortInUseException;
import org.instarelay.web.WebFace;
import org.instarelay.web.WebServer;
import org.instarelay.web.WebSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the web face for {@code run} and {@code console} from {@code http.*}, and stops it on close.
 *
 * <p>Off ({@code http.port} empty) means no server at all. A port in use is one sentence naming
 * {@code http.port}, logged as a warning (so it shows in the terminal and the log) and kept for
 * {@code status}; the bot runs on without its web face.
 */
final class WebFaceStarter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebFaceStarter.class);

    private final HttpSettings http;
    private final WebFaceState state;
    private final Function<String, FeedSource> feeds;
    private final PictureStore pictures;
    private final BotHealth health;
    private final CallbackConnector callback;
    private final Metrics metrics;
    private final Clock clock;
    private final long pictureBudget;
    private WebServer server;

    /** @param feeds the feed source for a public address (pictures are served under it) */
    WebFaceStarter(HttpSettings http, WebFaceState state, Function<String, FeedSource> feeds, PictureStore pictures,
                   BotHealth health, CallbackConnector callback, Metrics metrics, Clock clock, long pictureBudget) {
        this.pictureBudget = pictureBudget;
        this.http = http == null ? HttpSettings.OFF : http;
        this.state = state;
        this.feeds = feeds;
        this.pictures = pictures;
        this.health = health;
        this.callback = callback;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Listens, or says why not. @return the sentence for the operator when it could not start */
    synchronized Optional<String> start() {
        if (!http.enabled()) {
            state.off();
            log.info("The web face is off (http.port is empty)");
            return Optional.empty();
        }
        if (server != null) {
            return Optional.empty();
        }
        try {
            int port = http.port() == 0 ? freePort(http.bind()) : http.port();
            String publicUrl = http.publicUrl(port).toString();
            WebSettings settings = new WebSettings(port, http.bind(), publicUrl, pictureBudget);
            server = WebServer.start(settings, new WebFace(feeds.apply(settings.publicUrl()), pictures, health,
                    callback, metrics, clock));
            state.running(settings.publicUrl());
            log.info("The web face listens on {}:{} and is reached at {}", http.bind(), server.port(), settings.publicUrl());
            return Optional.empty();
        } catch (PortInUseException e) {
            return failed(e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.error("The web face could not start", e);
            return failed("The web face could not start on " + http.bind() + " (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "); check http.bind and http.port. The bot runs on without it.");
        }
    }

    private Optional<String> failed(String sentence) {
        log.warn(sentence);
        state.failed(sentence);
        return Optional.of(sentence);
    }

    /**
     * {@code http.port=0} takes a free port. The public address needs the port before the server
     * starts (the feeds carry it), so one is picked here; another program taking it in between
     * is reported like any port in use.
     */
    private static int freePort(String bind) throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(bind))) {
            return probe.getLocalPort();
        }
    }

    /**
     * Whether Instagram sends browsers back to this running web face ({@code instagram.redirect-uri}
     * is its callback under the public address): then approving connects by itself.
     */
    boolean receivesRedirect(InstagramSettings instagram) {
        WebFaceState.Snapshot web = state.snapshot();
        return web.kind() == WebFaceState.Kind.RUNNING && instagram != null
                && (web.publicUrl() + HttpSettings.CALLBACK_PATH).equals(instagram.redirectUri());
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
