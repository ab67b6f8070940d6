package org.instarelay.commands;

/** A sentence or two. */
public record TextReply(String text, boolean personal, boolean failed) implements Reply {

    public static TextReply ok(String text) {
        return new TextReply(text, true, false);
    }

    public static TextReply failure(String text) {
        return new TextReply(text, true, true);
    }
}
