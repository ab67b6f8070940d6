package org.instarelay.testing;

import java.nio.charset.StandardCharsets;

/**
 * Bodies that are what they claim by their first bytes, as the bot checks (JPEG, PNG, GIF, WebP,
 * MP4), padded to a size: fixtures that serve pictures must serve pictures.
 */
public final class MediaBytes {
    private MediaBytes() {
    }

    /** {@code FF D8 FF}, then zeros. */
    public static byte[] jpeg(int size) {
        return padded(size, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0);
    }

    /** The PNG signature, then zeros. */
    public static byte[] png(int size) {
        return padded(size, (byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G', (byte) 0x0D, (byte) 0x0A, (byte) 0x1A, (byte) 0x0A);
    }

    public static byte[] gif(int size) {
        return padded(size, ascii("GIF89a"));
    }

    /** {@code RIFF}, a length, {@code WEBP}. */
    public static byte[] webp(int size) {
        return padded(size, ascii("RIFF\0\0\0\0WEBPVP8 "));
    }

    /** An ISO base media file: a {@code ftyp} box at offset 4, brand {@code isom}. */
    public static byte[] mp4(int size) {
        return padded(size, (byte) 0, (byte) 0, (byte) 0, (byte) 0x18, (byte) 'f', (byte) 't', (byte) 'y', (byte) 'p',
                (byte) 'i', (byte) 's', (byte) 'o', (byte) 'm');
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] padded(int size, byte... start) {
        byte[] bytes = new byte[Math.max(size, start.length)];
        System.arraycopy(start, 0, bytes, 0, start.length);
        return bytes;
    }
}
