package org.instarelay.auth;

import java.time.Instant;

/**
 * An authorize address handed to someone.
 *
 * @param url       the address to open; it carries the state, so treat it as personal
 * @param expiresAt after this, pasting the resulting code is refused
 * @param state     the state inside {@code url}: a face keeps it to find its reply again when the
 *                  connect completes through the web face; never shown or logged
 */
public record AuthorizeLink(String url, Instant expiresAt, String state) {
    @Override
    public String toString() {
        return "AuthorizeLink[expiresAt=" + expiresAt + "]";
    }
}
