package org.instarelay.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import java.net.BindException;

/**
 * The bot's one HTTP server (Javalin on Jetty 12): the OAuth callback, the website feeds, kept
 * pictures, health and metrics. {@link #start} either listens or throws
 * {@link PortInUseException}, after which the bot runs on without its web face.
 */
public final class WebServer implements AutoCloseable {
    /** Requests carry no body worth having; a larger one is refused unread. */
    static final long MAX_REQUEST_BYTES = 16 * 1024;
    static final int MAX_HEADER_BYTES = 8 * 1024;
    /** A connection that sends or reads nothing this long is closed, so slow clients cannot pile up. */
    static final long IDLE_TIMEOUT_MILLIS = 30_000;

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts listening on {@code settings.bind():settings.port()}. */
    public static WebServer start(WebSettings settings, WebFace face) {
        ObjectMapper json = new ObjectMapper();
        FeedRoutes feeds = new FeedRoutes(face.feeds(), settings.publicUrl(), json);
        PictureRoutes pictures = new PictureRoutes(face.pictures());
        StatusRoutes status = new StatusRoutes(face.health(), face.metrics(), face.clock(), json);
        CallbackRoute callback = new CallbackRoute(face.callback());
        Assets assets = new Assets();
        Javalin app = Javalin.create(config -> {
            configure(config, settings);
            HttpRules rules = new HttpRules(config, face.metrics());
            rules.get(FeedRoutes.TEMPLATE, feeds::handle, feeds::preflight);
            rules.get(PictureRoutes.TEMPLATE, pictures::handle);
            rules.get("/", status::home);
            rules.get("/health", status::health);
            rules.get("/metrics", status::metrics);
            rules.get(CallbackRoute.TEMPLATE, callback::handle);
            rules.get(Assets.TEMPLATE, assets::handle);
        });
        try {
            app.start();
        } catch (RuntimeException failure) {
            stopQuietly(app);
            if (causedByBind(failure)) {
                throw new PortInUseException(settings.bind(), settings.port());
            }
            throw failure;
        }
        return new WebServer(app);
    }

    private static void configure(JavalinConfig config, WebSettings settings) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.host = settings.bind();
        config.jetty.port = settings.port();
        config.http.maxRequestSize = MAX_REQUEST_BYTES;
        // Bodies go out byte for byte, so an ETag always names exactly what was sent.
        config.http.compressionStrategy = CompressionStrategy.NONE;
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setRequestHeaderSize(MAX_HEADER_BYTES);
            http.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        });
        config.jetty.modifyServer(server -> server.setErrorHandler(new BareErrorHandler()));
    }

    /** The port it listens on (the real one when started with port 0). */
    public int port() {
        return app.port();
    }

    /** Stops listening and finishes the requests in flight. */
    @Override
    public void close() {
        app.stop();
    }

    private static boolean causedByBind(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    private static void stopQuietly(Javalin app) {
        try {
            app.stop();
        } catch (RuntimeException ignored) {
            // Nothing started; nothing to stop.
        }
    }
}
