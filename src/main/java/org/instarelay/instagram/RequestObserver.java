package org.instarelay.instagram;

import java.util.Locale;

/**
 * Hears how every request to Instagram ended, for the metrics. Told once per request that went out
 * (a request the usage gate stops never leaves, so it is not counted), with a short snake_case
 * word and nothing else: never an address, a token or Instagram's text.
 */
@FunctionalInterface
public interface RequestObserver {
    /** Hears nothing. */
    RequestObserver NONE = outcome -> { };

    /** The word for a request that succeeded. */
    String OK = "ok";

    /** {@code ok}, {@code token_invalid}, {@code rate_limited}, {@code transient} or {@code rejected}. */
    void requestEnded(String outcome);

    /** The word for a failure: its kind, with a refused one-time code counted as {@code rejected}. */
    static String outcomeOf(InstagramException.Kind kind) {
        return kind == InstagramException.Kind.CODE_REJECTED ? "rejected" : kind.name().toLowerCase(Locale.ROOT);
    }
}
