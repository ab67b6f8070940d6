package org.instarelay.commands;

/**
 * What a command answers, free of any UI. The console prints {@link #text()}; Discord renders each
 * kind its own way (an embed for status, a link button for authorize).
 */
public sealed interface Reply permits TextReply, AuthorizeReply, StatusReply, PostsReply, FeedReply {

    /** The whole answer as plain text. */
    String text();

    /** Only the person who asked should see it (a link, a code, account state). */
    boolean personal();

    /** The command was refused or failed: nothing changed. */
    default boolean failed() {
        return false;
    }
}
