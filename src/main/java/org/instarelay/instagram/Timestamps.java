package org.instarelay.instagram;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads Instagram's {@code timestamp} field.
 *
 * <p>Instagram writes the offset without a colon ({@code 2026-11-28T17:59:35+0000}), which
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} rejects. The ISO form ({@code +00:00}, {@code Z})
 * is accepted too, in case the API or a proxy normalises it.
 */
final class Timestamps {

    private static final DateTimeFormatter INSTAGRAM = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private Timestamps() {}

    /** The instant, or null when the text is absent or in neither form. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return OffsetDateTime.parse(trimmed, INSTAGRAM).toInstant();
        } catch (DateTimeParseException notInstagramForm) {
            try {
                return OffsetDateTime.parse(trimmed, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException notIsoEither) {
                return null;
            }
        }
    }
}
