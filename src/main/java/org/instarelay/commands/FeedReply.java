package org.instarelay.commands;

/**
 * An account's website feed: its addresses carry the feed's key, a secret, so the reply is only
 * ever shown to the admin who asked, and {@link #toString()} leaves the addresses and text out.
 *
 * @param handle  the account, {@code @mountaineers}
 * @param enabled whether the addresses answer
 * @param text    the whole answer, addresses included
 */
public record FeedReply(String handle, boolean enabled, String text) implements Reply {
    @Override
    public boolean personal() {
        return true;
    }

    @Override
    public String toString() {
        return "FeedReply[handle=" + handle + ", enabled=" + enabled + "]";
    }
}
