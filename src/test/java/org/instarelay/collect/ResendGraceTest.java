package org.instarelay.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The grace a send of unknown outcome gets before it is sent again")
class ResendGraceTest {
    private static final Instant SENT = Instant.parse("2026-12-01T12:00:00Z");
    private final ResendGrace grace = new ResendGrace(Duration.ofSeconds(15), duration -> { });

    @Test
    @DisplayName("a send 4 s ago waits the 11 s left of the grace")
    void recent() {
        assertEquals(Duration.ofSeconds(11), grace.left(SENT, SENT.plusSeconds(4)));
    }

    @Test
    @DisplayName("a send older than the grace (a restart minutes later) waits nothing")
    void old() {
        assertEquals(Duration.ZERO, grace.left(SENT, SENT.plusSeconds(15)));
        assertEquals(Duration.ZERO, grace.left(SENT, SENT.plus(Duration.ofDays(2))));
    }

    @Test
    @DisplayName("a send stored ahead of the clock (the clock was set back) waits the whole grace, never more")
    void ahead() {
        assertEquals(Duration.ofSeconds(15), grace.left(SENT, SENT.minus(Duration.ofHours(1))));
    }

    @Test
    @DisplayName("the standard grace is a real wait of 15 s")
    void standard() {
        assertEquals(Duration.ofSeconds(15), ResendGrace.standard().period());
        assertEquals(Retry.Sleeper.REAL, ResendGrace.standard().sleeper());
    }
}
