package org.instarelay.pictures;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The picture types the bot keeps, as MIME type and file extension both ways. */
final class PictureTypes {
    private static final Map<String, String> EXTENSION_BY_MIME = Map.of(
            "image/jpeg", "jpg", "image/png", "png", "image/webp", "webp", "image/gif", "gif");
    private static final Map<String, String> MIME_BY_EXTENSION = Map.of(
            "jpg", "image/jpeg", "png", "image/png", "webp", "image/webp", "gif", "image/gif");

    private PictureTypes() {
    }

    static Optional<String> extensionOf(String mimeType) {
        String bare = mimeType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(EXTENSION_BY_MIME.get(bare));
    }

    static String mimeOf(String extension) {
        return MIME_BY_EXTENSION.get(extension);
    }
}
