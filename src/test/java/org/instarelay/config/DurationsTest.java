package org.instarelay.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Durations")
class DurationsTest {

    @ParameterizedTest(name = "\"{0}\" is {1} seconds")
    @CsvSource({
            "30s, 30",
            "10m, 600",
            "1h, 3600",
            "2d, 172800",
            "2h30m, 9000",
            "'1h 15m', 4500",
            "1H, 3600",
            "' 10m ', 600",
            "PT10M, 600",
            "pt30s, 30",
            "P1DT1H, 90000",
    })
    @DisplayName("GIVEN the short or ISO-8601 form WHEN parsed THEN it is that long")
    void parsesAcceptedForms(String text, long seconds) {
        // GIVEN the short or ISO-8601 form
        // WHEN parsed
        // THEN it is that long
        assertEquals(Duration.ofSeconds(seconds), Durations.parse(text));
    }

    @Test
    @DisplayName("GIVEN zero or a negative duration WHEN parsed THEN it is returned as written, for the caller to judge")
    void zeroAndNegativeAreReturned() {
        // GIVEN zero or a negative duration
        // WHEN parsed
        // THEN it is returned as written, for the caller to judge
        assertEquals(Duration.ZERO, Durations.parse("0s"));
        assertEquals(Duration.ZERO, Durations.parse("PT0S"));
        assertEquals(Duration.ofMinutes(-5), Durations.parse("-5m"));
        assertEquals(Duration.ofMinutes(-5), Durations.parse("PT-5M"));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"ten minutes", "10x", "10 minutes", "m10", "PT10", "P1M", "1.5h", "s", ""})
    @DisplayName("GIVEN garbage WHEN parsed THEN the message quotes it and shows what to write")
    void refusesGarbage(String text) {
        // GIVEN garbage
        // WHEN parsed
        // THEN the message quotes it and shows what to write
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse(text));
        if (!text.isEmpty()) {
            assertTrue(e.getMessage().contains('"' + text + '"'), e.getMessage());
        }
        assertTrue(e.getMessage().contains("10m"), e.getMessage());
    }

    @Test
    @DisplayName("GIVEN a bare number WHEN parsed THEN it is refused with the unit forms spelled out")
    void refusesBareNumber() {
        // GIVEN a bare number
        // WHEN parsed
        // THEN it is refused with the unit forms spelled out
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse("600"));
        assertEquals("\"600\" has no unit. Write 600s for seconds or 600m for minutes.", e.getMessage());
    }

    @Test
    @DisplayName("GIVEN units out of order or repeated WHEN parsed THEN it is refused")
    void refusesUnitsOutOfOrder() {
        // GIVEN units out of order or repeated
        // WHEN parsed
        // THEN it is refused
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("30m2h"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("1h1h"));
    }

    @Test
    @DisplayName("GIVEN a number too big for a duration WHEN parsed THEN it is refused, not overflowed")
    void refusesOverflow() {
        // GIVEN a number too big for a duration
        // WHEN parsed
        // THEN it is refused, not overflowed
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Durations.parse("99999999999999999999d"));
        assertTrue(e.getMessage().contains("too long"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("9223372036854775807d"));
    }

    @Test
    @DisplayName("GIVEN a duration WHEN formatted THEN the short form comes back and parses to the same value")
    void formatsShortForm() {
        // GIVEN a duration
        // WHEN formatted
        // THEN the short form comes back and parses to the same value
        assertEquals("10m", Durations.format(Duration.ofMinutes(10)));
        assertEquals("2h30m", Durations.format(Duration.ofMinutes(150)));
        assertEquals("1d1h1m1s", Durations.format(Duration.ofSeconds(90061)));
        assertEquals("0s", Durations.format(Duration.ZERO));
        assertEquals("-5m", Durations.format(Duration.ofMinutes(-5)));
        assertEquals("PT0.5S", Durations.format(Duration.ofMillis(500)));
        for (String text : new String[] {"2h30m", "45s", "3d", "-5m"}) {
            assertEquals(text, Durations.format(Durations.parse(text)));
        }
    }
}
