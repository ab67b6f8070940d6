package org.instarelay.collect;

import java.util.List;
import org.instarelay.store.StoredMedia;

/**
 * Where the pictures of newly stored posts go to be downloaded and kept (the picture store). A
 * port, so collecting knows nothing of downloads or files: it hands over the posts it just stored
 * and goes on. Implementations return at once and never throw: a picture never holds a post back.
 */
@FunctionalInterface
public interface PictureKeeping {
    /** Keeps nothing: every picture stays at Instagram's address ({@code pictures.max-size=0}). */
    PictureKeeping NONE = posts -> { };

    /** Starts keeping the pictures of {@code posts}, just stored; they are downloaded once, in the background. */
    void keepPicturesOf(List<StoredMedia> posts);
}
