package org.instarelay.subscriptions;

/** What an Instagram post holds, as far as the filters care (Instagram's media_type). */
public enum MediaKind {
    /** One picture (IMAGE). */
    IMAGE,
    /** One video (VIDEO), a feed video or a reel. */
    VIDEO,
    /** Several pictures or videos (CAROUSEL_ALBUM). */
    ALBUM
}
