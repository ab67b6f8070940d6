package org.instarelay.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import net.dv8tion.jda.api.JDA;
import org.instarelay.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Gateway health: connected or not, since when, from JDA's status changes (the listener itself: WebFaceE2eTest)")
class GatewayHealthTest {
    private static final Instant START = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    @DisplayName("a disconnect is dated when it happened; the states of a reconnect keep that date; CONNECTED ends it")
    void disconnectAndBack() {
        // GIVEN a bot connected at start
        MutableClock clock = new MutableClock(START);
        GatewayHealth health = new GatewayHealth(JDA.Status.CONNECTED, clock);
        assertTrue(health.used());
        assertTrue(health.connected());
        // WHEN the gateway drops a minute later and JDA goes through its reconnect states
        clock.advance(Duration.ofMinutes(1));
        health.changed(JDA.Status.DISCONNECTED);
        clock.advance(Duration.ofMinutes(3));
        health.changed(JDA.Status.ATTEMPTING_TO_RECONNECT);
        health.changed(JDA.Status.CONNECTING_TO_WEBSOCKET);
        // THEN it is disconnected since the drop, not since the last state change
        assertFalse(health.connected());
        assertEquals(START.plus(Duration.ofMinutes(1)), health.since());
        // WHEN the session is back
        clock.advance(Duration.ofMinutes(1));
        health.changed(JDA.Status.CONNECTED);
        // THEN it is connected since then
        assertTrue(health.connected());
        assertEquals(START.plus(Duration.ofMinutes(5)), health.since());
    }
}
