package org.instarelay.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.instarelay.common.PollOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A poll's outcome in words")
class OutcomeTextTest {
    private final OutcomeText text = new OutcomeText(Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));

    @Test
    @DisplayName("an account that was not polled says why in words, never the state's name")
    void notPolledInWords() {
        // GIVEN the outcomes stored for accounts that were not polled (their state's name, as stored)
        // WHEN they are worded THEN each says why as a person would
        assertEquals("not polled: it must be connected again",
                text.words(PollOutcome.withDetail(PollOutcome.Kind.NOT_POLLED, "needs_reauth")));
        assertEquals("not polled: it is disconnected",
                text.words(PollOutcome.withDetail(PollOutcome.Kind.NOT_POLLED, "disconnected")));
    }
}
