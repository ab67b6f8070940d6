package org.instarelay.common;

import java.time.Instant;

/**
 * What the last poll of an account did, as data: the collector decides it, the store keeps it,
 * each face words it ({@code commands.OutcomeText}).
 *
 * @param kind   what happened
 * @param count  {@link Kind#NEW_POSTS}: posts collected; {@link Kind#BASELINE}: posts stored
 * @param extra  {@link Kind#NEW_POSTS}: pages still behind (0 when caught up); {@link Kind#BASELINE}: posts queued
 * @param until  {@link Kind#RATE_LIMITED} and {@link Kind#WAITING_FOR_RATE_LIMIT}: when calls resume
 * @param detail {@link Kind#NOT_POLLED}: the account's state; {@link Kind#OTHER}: the words an older release stored
 */
public record PollOutcome(Kind kind, int count, int extra, Instant until, String detail) {

    /** What a poll did. */
    public enum Kind {
        NEW_POSTS, BASELINE, NOT_POLLED, WAITING_FOR_RATE_LIMIT, RATE_LIMITED, INSTAGRAM_UNAVAILABLE, REFUSED,
        TOKEN_DIED, NOT_STORED, INTERRUPTED, FAILED,
        /** Stored by an older release as a sentence this one does not recognise: shown as it was. */
        OTHER
    }

    public static PollOutcome of(Kind kind) {
        return new PollOutcome(kind, 0, 0, null, null);
    }

    public static PollOutcome newPosts(int count, int pagesBehind) {
        return new PollOutcome(Kind.NEW_POSTS, count, pagesBehind, null, null);
    }

    public static PollOutcome baseline(int stored, int queued) {
        return new PollOutcome(Kind.BASELINE, stored, queued, null, null);
    }

    public static PollOutcome until(Kind kind, Instant until) {
        return new PollOutcome(kind, 0, 0, until, null);
    }

    public static PollOutcome withDetail(Kind kind, String detail) {
        return new PollOutcome(kind, 0, 0, null, detail);
    }
}
