package org.instarelay.auth;

import java.time.Instant;

/**
 * An authorize address handed to someone.
 *
 * @param url       the address to open; it carries the state, so treat it as personal
 * @param expiresAt after this, pasting the resulting code is refused
 */
public record AuthorizeLink(String url, Instant expiresAt) {
    @Override
    public String toString() {
        return "AuthorizeLink[expiresAt=" + expiresAt + "]";
    }
}
