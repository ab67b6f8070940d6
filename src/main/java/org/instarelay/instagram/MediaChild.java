package org.instarelay.instagram;

/**
 * One picture or video inside an album ({@code children} of a {@code CAROUSEL_ALBUM}).
 *
 * @param altText {@code alt_text}, null when none (and in rows stored before it was read)
 */
public record MediaChild(String id, MediaType type, String mediaUrl, String thumbnailUrl, String altText) {

    /** A child without alt text. */
    public MediaChild(String id, MediaType type, String mediaUrl, String thumbnailUrl) {
        this(id, type, mediaUrl, thumbnailUrl, null);
    }
}
