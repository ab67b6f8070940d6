package org.instarelay.collect;

/**
 * Something the people behind an account's channel must act on, said once.
 *
 * @param text what to post
 * @param kind what it is about, so the bot can record that it was said
 * @param days for {@link Kind#EXPIRY_WARNING}: the threshold it warns about (7 or 1)
 */
public record Announcement(String text, Kind kind, int days) {

    /** What an announcement is about. */
    public enum Kind {
        /** Instagram stopped accepting the token: connect again. */
        TOKEN_DIED,
        /** Refreshing keeps failing and the token expires soon. */
        EXPIRY_WARNING
    }
}
