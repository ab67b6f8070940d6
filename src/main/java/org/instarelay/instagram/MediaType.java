package org.instarelay.instagram;

/** What kind of post a media item is. Unknown values from a newer API map to {@link #UNKNOWN}. */
public enum MediaType {
    IMAGE,
    VIDEO,
    CAROUSEL_ALBUM,
    UNKNOWN;

    /** Parses the API's {@code media_type}; never throws. */
    public static MediaType parse(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
