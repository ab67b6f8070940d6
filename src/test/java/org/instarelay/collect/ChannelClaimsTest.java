package org.instarelay.collect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A channel's queue is sent by one cycle at a time, and a later cycle's ask is never dropped")
class ChannelClaimsTest {
    private static final String CHANNEL = "1300000000000000001";

    @Test
    @DisplayName("a cycle finding the channel taken leaves it; the holder reads the queue once more for it, then lets go")
    void laterCycleAsksTheHolder() throws Exception {
        // GIVEN a cycle posting to a channel
        ChannelClaims claims = new ChannelClaims();
        assertTrue(claims.claim(CHANNEL));

        // WHEN a later cycle wants the same channel, twice
        boolean second = claims.claim(CHANNEL);
        boolean third = claims.claim(CHANNEL);

        // THEN it does not get it, so nothing is sent twice at once
        assertFalse(second);
        assertFalse(third);
        // AND the holder, done, keeps it for one more pass (both asks at once), then lets go
        assertTrue(claims.releaseUnlessAsked(CHANNEL), "read the queue again for the later cycles");
        assertFalse(claims.releaseUnlessAsked(CHANNEL), "nobody asked since");
        assertTrue(claims.awaitIdle(Duration.ZERO));
        // AND the next cycle gets the channel at once
        assertTrue(claims.claim(CHANNEL));
    }

    @Test
    @DisplayName("other channels are never held back by a busy one; a failure lets go of the channel")
    void channelsApart() throws Exception {
        // GIVEN one channel held
        ChannelClaims claims = new ChannelClaims();
        assertTrue(claims.claim(CHANNEL));

        // WHEN another channel is claimed, and the first one's posting fails
        boolean other = claims.claim("1300000000000000002");
        claims.release(CHANNEL);

        // THEN the other was free, and the first can be claimed again
        assertTrue(other);
        assertTrue(claims.claim(CHANNEL));
        assertFalse(claims.awaitIdle(Duration.ZERO), "two channels are still being posted to");
    }
}
