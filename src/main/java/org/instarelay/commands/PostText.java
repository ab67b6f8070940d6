package org.instarelay.commands;

import org.instarelay.view.PostView;

/** A post as plain text: the console prints posts this way, and {@code latest} lists them so. */
public final class PostText {
    private static final int CAPTION_LIMIT = 300;

    private final Words words;

    public PostText(Words words) {
        this.words = words;
    }

    /** Two or three lines: who and when, the caption, the link. */
    public String format(PostView post) {
        StringBuilder text = new StringBuilder()
                .append(post.account().handle()).append(" · ").append(words.dateTime(post.publishedAt()))
                .append(" · ").append(post.kindWords());
        if (post.caption() != null && !post.caption().isBlank()) {
            text.append("\n  ").append(shorten(post.caption().strip().replace("\n", " ")));
        }
        text.append("\n  ").append(post.permalink() == null ? "(no link)" : post.permalink());
        return text.toString();
    }

    private static String shorten(String caption) {
        return caption.length() <= CAPTION_LIMIT ? caption : caption.substring(0, CAPTION_LIMIT - 1) + "…";
    }
}
