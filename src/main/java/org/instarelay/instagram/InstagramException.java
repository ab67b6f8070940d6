package org.instarelay.instagram;

import java.time.Duration;
import java.util.Optional;

/**
 * A call to Instagram that did not give a usable answer, classified by what the bot should do.
 *
 * <p>{@link #getMessage()} is written for the person running the bot: what went wrong and what to
 * do next. It never contains a token, a code, the client secret or a request address (those carry
 * tokens in their query).
 */
public class InstagramException extends Exception {

    /** What the caller should do about the failure. */
    public enum Kind {
        /** Error 190: expired, revoked, password changed. The account must authorize again. */
        TOKEN_INVALID,
        /** Codes 4, 17, 32, 613, 80002, or usage headers at 100%: wait {@link #retryAfter()}. */
        RATE_LIMITED,
        /** 1, 2, HTTP 5xx, timeouts, connection failures, a body that is not JSON: try later. */
        TRANSIENT,
        /** The one-time code was refused (used, older than an hour, mangled). Authorize again. */
        CODE_REJECTED,
        /** 10, 100, 200-299 and other refusals: a setup problem or a bug; retrying won't help. */
        REJECTED
    }

    private final Kind kind;
    private final Integer code;
    private final Integer subcode;
    private final Duration retryAfter;
    private final boolean appWide;

    public InstagramException(Kind kind, String message, Integer code, Integer subcode,
                              Duration retryAfter, boolean appWide, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code;
        this.subcode = subcode;
        this.retryAfter = retryAfter;
        this.appWide = appWide;
    }

    public InstagramException(Kind kind, String message) {
        this(kind, message, null, null, null, false, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The Graph API's {@code error.code}, when the answer carried one. */
    public Optional<Integer> code() {
        return Optional.ofNullable(code);
    }

    public Optional<Integer> subcode() {
        return Optional.ofNullable(subcode);
    }

    /** For {@link Kind#RATE_LIMITED}: how long to stay away, when Instagram said so or we estimated it. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** True when the limit is the whole app's (code 4, X-App-Usage), not just this account's. */
    public boolean appWide() {
        return appWide;
    }
}
