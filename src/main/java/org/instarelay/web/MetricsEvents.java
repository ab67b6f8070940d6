package org.instarelay.web;

import java.time.Duration;
import org.instarelay.collect.CycleEvents;

/**
 * The core's {@link CycleEvents} counted in {@link Metrics}, which {@code /metrics} scrapes: the
 * one place that knows both, so collecting never depends on Micrometer.
 */
public final class MetricsEvents implements CycleEvents {
    private final Metrics metrics;

    public MetricsEvents(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void cycleFinished(Duration duration) {
        metrics.cycleFinished(duration);
    }

    @Override
    public void instagramRequest(String outcome) {
        metrics.instagramRequest(outcome);
    }

    @Override
    public void delivered() {
        metrics.postDelivered();
    }

    @Override
    public void skipped(String reason) {
        metrics.postSkipped(reason);
    }

    @Override
    public void failed(String reason) {
        metrics.postFailed(reason);
    }

    @Override
    public void queueLength(int posts) {
        metrics.queueLength(posts);
    }

    @Override
    public void tokenDaysLeft(String username, double days) {
        metrics.tokenDaysLeft(username, days);
    }
}
