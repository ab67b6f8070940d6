package org.instarelay.fakediscord;

import java.nio.charset.StandardCharsets;

/**
 * One part of a multipart/form-data body. JDA names the JSON part {@code payload_json} and each
 * file {@code files[n]}, where n matches the {@code id} of an entry in the payload's
 * {@code attachments} array.
 *
 * @param name        form field name
 * @param filename    file name, null for non-file parts
 * @param contentType the part's Content-Type, null if absent
 * @param content     raw bytes
 */
public record MultipartPart(String name, String filename, String contentType, byte[] content) {
    /** The content as UTF-8 text (for {@code payload_json}). */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /** Number of bytes. */
    public int size() {
        return content.length;
    }

    public boolean isFile() {
        return filename != null;
    }

    @Override
    public String toString() {
        return "MultipartPart[name=" + name + ", filename=" + filename + ", contentType=" + contentType
                + ", size=" + content.length + "]";
    }
}
