package org.instarelay.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Sizes: reading and writing amounts of storage")
class SizesTest {
    @ParameterizedTest(name = "{0} bytes -> {1}")
    @CsvSource({"0, 0 bytes", "512, 512 bytes", "1024, 1 KB", "204800, 200 KB", "1073741824, 1 GB",
            "1610612736, 1.5 GB", "1099511627776, 1 TB", "1500, 1.5 KB"})
    @DisplayName("GIVEN a number of bytes WHEN formatted THEN it reads the way people write sizes, and parses back")
    void formatsAndParsesBack(long bytes, String expected) {
        // GIVEN / WHEN
        String text = Sizes.format(bytes);

        // THEN
        assertEquals(expected, text);
        if (bytes % 1024 == 0 || bytes < 1024) {
            assertEquals(bytes, Sizes.parse(text.replace(" bytes", "")));
        }
    }

    @Test
    @DisplayName("GIVEN a fraction of a byte WHEN parsed THEN it is rounded down")
    void fractionRoundsDown() {
        // GIVEN / WHEN / THEN
        assertEquals(1, Sizes.parse("1.9"));
        assertEquals(512, Sizes.parse("0.5KB"));
    }

    @Test
    @DisplayName("GIVEN no text WHEN parsed THEN the message says it is not a size")
    void emptyIsNotASize() {
        // GIVEN / WHEN
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sizes.parse(" "));

        // THEN
        assertEquals("\"\" is not a size", e.getMessage());
    }
}
