package org.instarelay.commands;

import org.instarelay.instagram.Media;
import org.instarelay.instagram.MediaType;

/** A post as plain text: the console prints posts this way, and {@code latest} lists them so. */
public final class PostText {
    private static final int CAPTION_LIMIT = 300;

    private final Words words;

    public PostText(Words words) {
        this.words = words;
    }

    /** Two or three lines: who and when, the caption, the link. */
    public String format(String handle, Media media) {
        StringBuilder text = new StringBuilder()
                .append(handle).append(" · ").append(words.dateTime(media.timestamp()))
                .append(" · ").append(kind(media));
        if (media.caption() != null && !media.caption().isBlank()) {
            text.append("\n  ").append(shorten(media.caption().strip().replace("\n", " ")));
        }
        text.append("\n  ").append(media.permalink() == null ? "(no link)" : media.permalink());
        return text.toString();
    }

    private static String kind(Media media) {
        if (media.type() == MediaType.CAROUSEL_ALBUM) {
            return "album of " + media.children().size();
        }
        return media.type().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String shorten(String caption) {
        return caption.length() <= CAPTION_LIMIT ? caption : caption.substring(0, CAPTION_LIMIT - 1) + "…";
    }
}
