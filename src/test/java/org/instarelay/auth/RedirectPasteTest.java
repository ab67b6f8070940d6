package org.instarelay.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A pasted code or callback address")
class RedirectPasteTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "AQBx-abc_123",
        "AQBx-abc_123#_",
        "  AQBx-abc_123#_  ",
        "<AQBx-abc_123>",
        "\"AQBx-abc_123#_\""
    })
    @DisplayName("a bare code is accepted with or without #_ and stray quotes, and #_ is never part of it")
    void bareCode(String pasted) {
        // GIVEN a bare code as people paste it, with or without #_, spaces or quotes
        // WHEN it is parsed
        RedirectPaste paste = RedirectPaste.parse(pasted);

        // THEN the code is the bare code without #_, and there is no state
        assertEquals("AQBx-abc_123", paste.code().reveal());
        assertNull(paste.state());
    }

    @Test
    @DisplayName("the whole address the browser landed on gives the code and the state")
    void wholeAddress() {
        // GIVEN the whole address the browser landed on
        // WHEN it is parsed
        RedirectPaste paste = RedirectPaste.parse(
                "https://bot.example.org/instagram/callback?code=AQBx-abc_123&state=s7aTe-value#_");

        // THEN the code and the state come out of it, and no error
        assertEquals("AQBx-abc_123", paste.code().reveal());
        assertEquals("s7aTe-value", paste.state());
        assertNull(paste.error());
    }

    @Test
    @DisplayName("a declined approval is recognised, with Instagram's reason")
    void declined() {
        // GIVEN the address of a declined approval
        // WHEN it is parsed
        RedirectPaste paste = RedirectPaste.parse("https://bot.example.org/cb?error=access_denied"
                + "&error_reason=user_denied&error_description=The+user+denied+your+request&state=abc");

        // THEN there is no code, and the error is Instagram's reason
        assertNull(paste.code());
        assertEquals("The user denied your request", paste.error());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hello world", "https://bot.example.org/cb?state=abc", "x"})
    @DisplayName("garbage gets a message that says what to paste instead")
    void garbage(String pasted) {
        // GIVEN something that is neither a code nor a callback address
        // WHEN it is parsed
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> RedirectPaste.parse(pasted));

        // THEN it is refused with a message that says what to paste
        assertTrue(refused.getMessage().contains("paste") || refused.getMessage().contains("Paste"), refused.getMessage());
    }

    @Test
    @DisplayName("the code never shows in toString")
    void redacted() {
        // GIVEN a pasted address with a code and a state
        // WHEN it is parsed and printed
        RedirectPaste paste = RedirectPaste.parse("https://x.example/cb?code=AQBsecretcode&state=secretstate");

        // THEN neither the code nor the state shows
        assertFalse(paste.toString().contains("AQBsecretcode"));
        assertFalse(paste.toString().contains("secretstate"));
    }
}
