package org.instarelay.web;

import java.time.Clock;
import java.util.Objects;
import org.instarelay.pictures.PictureStore;

/**
 * The parts the web face reads, each a port the core implements (or the picture store), so the
 * web package depends on nothing else of the bot.
 */
public record WebFace(FeedSource feeds, PictureStore pictures, HealthSource health,
        CallbackHandler callback, Metrics metrics, Clock clock) {
    public WebFace {
        Objects.requireNonNull(feeds, "feeds");
        Objects.requireNonNull(pictures, "pictures");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(callback, "callback");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(clock, "clock");
    }
}
