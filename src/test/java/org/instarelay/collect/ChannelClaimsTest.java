package org.instarelay.collect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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

    @Test
    @DisplayName("8 threads claiming one channel 1000 times each: never two holders at once, and every ask is served by some pass")
    void manyThreadsOneChannel() throws Exception {
        // GIVEN one channel, and eight cycles that each queue work for it 1000 times and try to send it
        ChannelClaims claims = new ChannelClaims();
        AtomicLong asked = new AtomicLong();
        AtomicLong served = new AtomicLong();
        AtomicInteger holders = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> runs = new ArrayList<>();

        // WHEN they all run at once; a holder's pass serves every ask made before it read the "queue"
        for (int t = 0; t < 8; t++) {
            runs.add(threads.submit(() -> {
                start.await();
                for (int i = 0; i < 1000; i++) {
                    asked.incrementAndGet();
                    if (!claims.claim(CHANNEL)) {
                        continue; // left a note: the holder serves it
                    }
                    do {
                        if (holders.incrementAndGet() != 1) {
                            overlaps.incrementAndGet();
                        }
                        served.accumulateAndGet(asked.get(), Math::max);
                        holders.decrementAndGet();
                    } while (claims.releaseUnlessAsked(CHANNEL));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();

        // THEN no two threads ever held the channel at once, none is left holding it, and no ask went unserved
        assertEquals(0, overlaps.get(), "passes that overlapped another");
        assertTrue(claims.awaitIdle(Duration.ZERO), "a thread still holds the channel");
        assertEquals(8000, asked.get());
        assertEquals(asked.get(), served.get(), "asks no pass served");
    }
}
