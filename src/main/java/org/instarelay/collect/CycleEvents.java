package org.instarelay.collect;

import java.time.Duration;

/**
 * What the core tells an observer (the web face's metrics) about its work, in plain values: a
 * port, so collecting depends on no metrics library. Reasons and outcomes are short snake_case
 * words; nothing here ever carries a secret. Every method does nothing unless overridden.
 */
public interface CycleEvents {
    /** Observes nothing. */
    CycleEvents NONE = new CycleEvents() { };

    /** One poll cycle ended after {@code duration}. */
    default void cycleFinished(Duration duration) { }

    /** One request to Instagram ended with {@code outcome}: ok, token_invalid, rate_limited, transient or rejected. */
    default void instagramRequest(String outcome) { }

    /** One post went out. */
    default void delivered() { }

    /** One post was not sent on purpose, such as baseline or deleted. */
    default void skipped(String reason) { }

    /** One post could not be sent this time, such as not_sent or maybe_sent. */
    default void failed(String reason) { }

    /** Posts waiting for delivery, after a cycle. */
    default void queueLength(int posts) { }

    /** Days until {@code username}'s token expires, after a cycle (negative once it has). */
    default void tokenDaysLeft(String username, double days) { }
}
