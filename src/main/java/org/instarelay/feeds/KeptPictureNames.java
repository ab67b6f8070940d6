package org.instarelay.feeds;

import java.util.Optional;

/**
 * Which kept picture an Instagram picture address was downloaded into. The collector knows this
 * when it keeps a picture; until it records it, {@link #NONE} makes every feed use Instagram's
 * addresses.
 */
@FunctionalInterface
public interface KeptPictureNames {
    /** Knows no kept picture: every address stays Instagram's. */
    KeptPictureNames NONE = instagramUrl -> Optional.empty();

    /**
     * The {@link org.instarelay.pictures.PictureStore} name the picture at {@code instagramUrl} was
     * kept under; empty if it was never kept. The name may since have been evicted.
     */
    Optional<String> keptName(String instagramUrl);
}
