package org.instarelay.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * {@code /} for people who open the address {@code status} prints, {@code /health} for monitors
 * and people, {@code /metrics} for Prometheus.
 */
final class StatusRoutes {
    /**
     * The root page says only that the bot runs and where its health is: it is public, so no
     * account, server or key is named.
     */
    static final String HOME = Html.page("InstaRelay", "<main class=\"message\"><h1>InstaRelay</h1>"
            + "<p>InstaRelay is running. Health: <a href=\"/health\">/health</a></p></main>");
    private final HealthSource health;
    private final HealthReport report;
    private final Metrics metrics;
    private final Clock clock;

    StatusRoutes(HealthSource health, Metrics metrics, Clock clock, ObjectMapper json) {
        this.health = health;
        this.metrics = metrics;
        this.clock = clock;
        this.report = new HealthReport(json);
    }

    void home(Context ctx) {
        Headers.noStore(ctx);
        ctx.contentType("text/html; charset=utf-8").result(HOME);
    }

    void health(Context ctx) throws Exception {
        HealthSource.Snapshot snapshot = health.snapshot();
        Instant now = clock.instant();
        List<String> problems = report.problems(snapshot, now);
        Headers.noStore(ctx);
        ctx.status(problems.isEmpty() ? 200 : 503).contentType("application/json; charset=utf-8")
                .result(report.render(snapshot, problems, now));
    }

    void metrics(Context ctx) {
        Headers.noStore(ctx);
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }
}
