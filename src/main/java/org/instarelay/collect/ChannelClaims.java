package org.instarelay.collect;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which channels are being posted to right now, so a channel's queue is sent by one thread at a
 * time even though cycles deliver outside the cycle lock: two threads sending one queue would
 * post its head twice.
 *
 * <p>A cycle that finds its channel taken leaves a note instead of waiting; the thread that holds
 * the channel reads the queue again before it lets go, so what the later cycle queued is never
 * left for the next interval, and nobody waits behind a slow post of another cycle.
 */
final class ChannelClaims {
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final Set<String> askedAgain = ConcurrentHashMap.newKeySet();

    /** True when the caller now holds {@code channel}; false when another thread does (it will read the queue again). */
    boolean claim(String channel) {
        // The note first: a holder that lets go after this reads it and claims again (see release).
        askedAgain.add(channel);
        if (!held.add(channel)) {
            return false;
        }
        askedAgain.remove(channel);
        return true;
    }

    /**
     * Lets go of {@code channel}; true when someone asked for it meanwhile and the caller holds it
     * again (then it reads the queue once more and releases again).
     */
    boolean releaseUnlessAsked(String channel) {
        held.remove(channel);
        return askedAgain.remove(channel) && held.add(channel);
    }

    /** Lets go of {@code channel} after a failure; a note left for it waits for the next cycle. */
    void release(String channel) {
        held.remove(channel);
    }

    /** True when no channel is being posted to right now. */
    boolean idle() {
        return held.isEmpty();
    }

    /** Waits until no channel is being posted to; false if some still are after {@code limit}. */
    boolean awaitIdle(java.time.Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!held.isEmpty()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(5); // for tests and shutdown only: no hot path waits here
        }
        return true;
    }
}
