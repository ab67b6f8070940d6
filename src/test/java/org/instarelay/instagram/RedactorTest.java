package org.instarelay.instagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.instarelay.common.Secret;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Redaction of Instagram's error text")
class RedactorTest {

    @Test
    @DisplayName("tokens that are not this call's are still cut out by their shape")
    void tokenShapes() {
        // GIVEN text quoting tokens the call did not know about
        String text = "bad IGQVJYabcdefghijklmnop1234 and EAAGm0PX4ZCpsBAabcdefghijk12 and "
                + "https://graph.instagram.com/me?fields=id&access_token=whatever123&x=1";

        // WHEN it is cleaned
        String cleaned = Redactor.clean(text, List.of());

        // THEN only the harmless parts remain
        assertEquals("bad [redacted] and [redacted] and "
                + "https://graph.instagram.com/me?fields=id&access_token=[redacted]&x=1", cleaned);
    }

    @Test
    @DisplayName("the call's own secrets are cut out by value, whatever their shape")
    void byValue() {
        // GIVEN a secret that looks like an ordinary word
        String cleaned = Redactor.clean("secret is hunter22, ok", List.of(Secret.of("hunter22")));

        // WHEN / THEN
        assertEquals("secret is [redacted], ok", cleaned);
    }

    @Test
    @DisplayName("long or multi-line text is folded to one short line")
    void shortened() {
        // GIVEN a multi-line page of text
        String cleaned = Redactor.clean("line one\n\nline two " + "word ".repeat(200), List.of());

        // WHEN / THEN
        assertTrue(cleaned.startsWith("line one line two word"), cleaned);
        assertTrue(cleaned.length() <= 303, cleaned);
    }
}
