package org.instarelay.view;

/** What kind of post it is, as faces word it. */
public enum PostKind {
    IMAGE,
    VIDEO,
    ALBUM,
    /** A kind a newer Instagram API added: shown by its picture, if any. */
    UNKNOWN
}
