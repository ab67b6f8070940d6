package org.instarelay.pictures;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The picture types the bot keeps, as MIME type and file extension both ways, and what a body is
 * by its first bytes: the only word the bot takes for it, since a Content-Type is whatever the
 * server says.
 */
final class PictureTypes {
    /** Enough of the start of a body to tell every type below. */
    static final int SNIFF_BYTES = 12;

    private static final Map<String, String> EXTENSION_BY_MIME = Map.of(
            "image/jpeg", "jpg", "image/png", "png", "image/webp", "webp", "image/gif", "gif");
    private static final Map<String, String> MIME_BY_EXTENSION = Map.of(
            "jpg", "image/jpeg", "png", "image/png", "webp", "image/webp", "gif", "image/gif");
    /** ISO base media brands that are still images (HEIF, AVIF), not videos. */
    private static final Set<String> STILL_BRANDS = Set.of("heic", "heix", "hevc", "heim", "heis", "mif1", "msf1", "avif");

    private PictureTypes() {
    }

    static Optional<String> extensionOf(String mimeType) {
        String bare = mimeType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(EXTENSION_BY_MIME.get(bare));
    }

    static String mimeOf(String extension) {
        return MIME_BY_EXTENSION.get(extension);
    }

    /**
     * What {@code start} (the first bytes of a body) is: image/jpeg, image/png, image/webp,
     * image/gif, video/mp4 or video/quicktime; empty for anything else (text, HTML, a HEIF still).
     */
    static Optional<String> sniff(byte[] start) {
        if (startsWith(start, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(start, 0, (byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G')) {
            return Optional.of("image/png");
        }
        if (ascii(start, 0, "GIF87a") || ascii(start, 0, "GIF89a")) {
            return Optional.of("image/gif");
        }
        if (ascii(start, 0, "RIFF") && ascii(start, 8, "WEBP")) {
            return Optional.of("image/webp");
        }
        if (ascii(start, 4, "ftyp") && start.length >= SNIFF_BYTES) {
            String brand = new String(start, 8, 4, StandardCharsets.ISO_8859_1);
            if (STILL_BRANDS.contains(brand)) {
                return Optional.empty();
            }
            return Optional.of(brand.equals("qt  ") ? "video/quicktime" : "video/mp4");
        }
        return Optional.empty();
    }

    private static boolean ascii(byte[] bytes, int at, String text) {
        return startsWith(bytes, at, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] bytes, int at, byte... prefix) {
        return bytes.length >= at + prefix.length
                && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }
}
