package org.instarelay.fakediscord;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Channel posts Discord has taken but not stored yet: while held, a {@code POST
 * channels/{id}/messages} is received (and waits, its connection open) and is carried out only
 * when {@link #release()} is called, as a request Discord is still processing. A bot killed
 * meanwhile never gets the answer, but the message appears all the same on release: the case a
 * look-up made too early misses. Requests of a bot that died are still carried out; their answer
 * goes nowhere.
 *
 * <p>A held post passed Discord's nonce check when it was taken (see REST_RULES.md): it is
 * created on release even if a repeat with the same nonce was created meanwhile. Discord does not
 * document how a repeat is treated while the first is still in flight, so the fake takes the
 * worst case: a resend made while the first is held is a second message, and only not sending
 * again before the first can be seen keeps the post single.
 */
public final class HeldSends {
    private static final Pattern CHANNEL_POST = Pattern.compile("channels/\\d+/messages");

    private boolean holding;
    private int waiting;

    /** From now on, channel posts wait until {@link #release()}. */
    public synchronized void hold() {
        holding = true;
    }

    /** Lets every held post through, and the ones that come after. */
    public synchronized void release() {
        holding = false;
        notifyAll();
    }

    /** Waits until {@code count} posts are held; AssertionError after {@code timeout}. */
    public synchronized void awaitHeld(int count, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (waiting < count) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " held channel posts, have " + waiting);
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for a held post", e);
            }
        }
    }

    /**
     * Called by the REST server before a request is carried out: blocks a channel post while
     * holding, after {@code taken} (its nonce check, as Discord makes it on arrival).
     */
    synchronized void pass(String method, String path, Runnable taken) {
        if (!holding || !"POST".equals(method) || !CHANNEL_POST.matcher(path).matches()) {
            return;
        }
        taken.run();
        waiting++;
        notifyAll();
        try {
            while (holding) {
                wait();
            }
        } catch (InterruptedException e) {
            // The fake is closing: carry it out anyway, as Discord would.
            Thread.currentThread().interrupt();
        } finally {
            waiting--;
        }
    }
}
