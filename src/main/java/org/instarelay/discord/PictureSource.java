package org.instarelay.discord;

import java.util.Optional;

/** Fetches a picture by address; empty when it cannot be had (the post goes out without it). */
@FunctionalInterface
public interface PictureSource {
    Optional<Picture> fetch(String url);
}
