package org.instarelay.commands;

import java.time.Instant;

/**
 * The authorize link and what to do with it.
 *
 * @param url       carries a personal state: show it only to who asked
 * @param expiresAt when pasting its code stops being accepted
 */
public record AuthorizeReply(String url, Instant expiresAt, String text) implements Reply {
    @Override
    public boolean personal() {
        return true;
    }

    @Override
    public String toString() {
        return "AuthorizeReply[expiresAt=" + expiresAt + "]";
    }
}
