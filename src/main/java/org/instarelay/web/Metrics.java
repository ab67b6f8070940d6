package org.instarelay.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * The bot's meters, in a Micrometer Prometheus registry that {@code /metrics} scrapes.
 *
 * <p>Labels never carry a secret and stay few: reasons and outcomes must be short snake_case
 * words (anything else is counted as {@code other}), usernames must look like Instagram
 * usernames, and HTTP requests are labelled by route template, never by the raw path (which
 * carries feed keys).
 */
public final class Metrics {
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9_]{0,31}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._]{1,30}");
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer cycles = Timer.builder("instarelay.cycle.duration")
            .description("Poll cycles and how long they took").register(registry);
    private final Counter cycleCount = Counter.builder("instarelay.cycles")
            .description("Poll cycles finished").register(registry);
    private final Counter delivered = Counter.builder("instarelay.posts.delivered")
            .description("Posts delivered to Discord").register(registry);
    private final AtomicInteger queueLength = new AtomicInteger();
    private final Map<String, AtomicReference<Double>> tokenDays = new ConcurrentHashMap<>();

    public Metrics() {
        Gauge.builder("instarelay.queue.length", queueLength, AtomicInteger::get)
                .description("Posts waiting for delivery").register(registry);
    }

    /** One poll cycle finished after {@code duration}. */
    public void cycleFinished(Duration duration) {
        cycleCount.increment();
        cycles.record(duration);
    }

    /** One Instagram request ended with {@code outcome}: ok, token_invalid, rate_limited, transient or rejected. */
    public void instagramRequest(String outcome) {
        count("instarelay.instagram.requests", "Instagram requests by outcome", "outcome", outcome);
    }

    public void postDelivered() {
        delivered.increment();
    }

    /** A post was not sent on purpose, such as filtered or baseline. */
    public void postSkipped(String reason) {
        count("instarelay.posts.skipped", "Posts not sent on purpose, by reason", "reason", reason);
    }

    /** A post could not be sent, such as missing_permission or discord_unreachable. */
    public void postFailed(String reason) {
        count("instarelay.posts.failed", "Posts that could not be sent, by reason", "reason", reason);
    }

    public void queueLength(int posts) {
        queueLength.set(posts);
    }

    /** The days left on {@code username}'s token; ignored for a name that is not a username. */
    public void tokenDaysLeft(String username, double days) {
        if (!USERNAME.matcher(username).matches()) {
            return;
        }
        tokenDays.computeIfAbsent(username, name -> {
            AtomicReference<Double> value = new AtomicReference<>(days);
            Gauge.builder("instarelay.token.days.left", value, AtomicReference::get)
                    .description("Days until the account's Instagram token expires")
                    .tag("username", name).register(registry);
            return value;
        }).set(days);
    }

    /** One HTTP request to {@code route} (a template such as /feeds/{key}.json) answered {@code status}. */
    void httpRequest(String route, int status) {
        Counter.builder("instarelay.http.requests").description("HTTP requests by route template and status")
                .tag("route", route).tag("status", Integer.toString(status)).register(registry).increment();
    }

    /** The Prometheus text exposition of every meter. */
    String scrape() {
        return registry.scrape();
    }

    private void count(String name, String description, String label, String value) {
        Counter.builder(name).description(description).tag(label, word(value)).register(registry).increment();
    }

    private static String word(String label) {
        return label != null && WORD.matcher(label).matches() ? label : "other";
    }
}
