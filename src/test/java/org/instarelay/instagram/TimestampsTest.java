package org.instarelay.instagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Instagram timestamps")
class TimestampsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @DisplayName("Instagram's colon-less offset and the ISO forms are read")
    @CsvSource({
            "2026-11-28T17:59:35+0000, 2026-11-28T17:59:35Z",
            "2026-11-28T19:59:35+0200, 2026-11-28T17:59:35Z",
            "2026-11-28T17:59:35+00:00, 2026-11-28T17:59:35Z",
            "2026-11-28T17:59:35Z, 2026-11-28T17:59:35Z"})
    void readsBothForms(String text, String expected) {
        // GIVEN a timestamp as Instagram (or a normalising proxy) writes it
        // WHEN it is parsed
        // THEN it is the same instant
        assertEquals(Instant.parse(expected), Timestamps.parse(text));
    }

    @ParameterizedTest
    @DisplayName("absent or unreadable timestamps give null instead of an exception")
    @NullAndEmptySource
    @ValueSource(strings = {"yesterday", "2026-11-28"})
    void unreadable(String text) {
        // GIVEN text that is not a timestamp
        // WHEN / THEN parsing does not throw
        assertNull(Timestamps.parse(text));
    }
}
