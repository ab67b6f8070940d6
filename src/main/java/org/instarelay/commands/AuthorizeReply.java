package org.instarelay.commands;

import java.time.Instant;

/**
 * The authorize link and what to do with it.
 *
 * @param url       carries a personal state: show it only to who asked
 * @param expiresAt when pasting its code stops being accepted
 * @param state     the link's state, null when unknown: a face keeps it to edit this reply once the
 *                  connect completes through the web face
 * @param approvesAlone whether Instagram sends the browser back to this bot's web face, so approving
 *                  connects by itself and pasting is only the fallback
 */
public record AuthorizeReply(String url, Instant expiresAt, String text, String state, boolean approvesAlone)
        implements Reply {
    public AuthorizeReply(String url, Instant expiresAt, String text) {
        this(url, expiresAt, text, null, false);
    }

    @Override
    public boolean personal() {
        return true;
    }

    @Override
    public String toString() {
        return "AuthorizeReply[expiresAt=" + expiresAt + "]";
    }
}
