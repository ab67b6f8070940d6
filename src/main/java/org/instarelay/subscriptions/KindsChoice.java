package org.instarelay.subscriptions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code kinds} option: which kinds of post a subscription takes. A reel is a video whose
 * product type is REELS; an album counts as photos even if it holds a video (it shows on the grid
 * as an album, and Discord shows its pictures).
 */
public enum KindsChoice {
    ALL("all"),
    PHOTOS("photos"),
    VIDEOS("videos"),
    REELS("reels"),
    NO_REELS("no-reels");

    private final String value;

    KindsChoice(String value) {
        this.value = value;
    }

    /** The text of the choice, as the slash command offers it. */
    public String value() {
        return value;
    }

    /** The choice for a typed value (case and surrounding spaces ignored), if it is one. */
    public static Optional<KindsChoice> of(String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.value.equals(wanted)).findFirst();
    }

    /** "all, photos, videos, reels, no-reels", for messages. */
    public static String choices() {
        return Arrays.stream(values()).map(KindsChoice::value).collect(Collectors.joining(", "));
    }

    boolean admits(MediaKind kind, boolean reel) {
        return switch (this) {
            case ALL -> true;
            case PHOTOS -> kind == MediaKind.IMAGE || kind == MediaKind.ALBUM;
            case VIDEOS -> kind == MediaKind.VIDEO;
            case REELS -> reel;
            case NO_REELS -> !reel;
        };
    }
}
