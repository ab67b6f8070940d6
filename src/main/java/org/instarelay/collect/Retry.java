package org.instarelay.collect;

import java.time.Duration;
import org.instarelay.instagram.InstagramException;

/**
 * Repeats an Instagram call that failed in a way that may pass (a 5xx, a timeout), a few times
 * with growing pauses. Anything else fails at once: repeating a refused call only burns quota.
 */
public final class Retry {
    private final int attempts;
    private final Duration firstPause;
    private final Sleeper sleeper;

    /**
     * @param attempts   calls in all, at least 1
     * @param firstPause pause after the first failure; doubled after each further one
     */
    public Retry(int attempts, Duration firstPause, Sleeper sleeper) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.attempts = attempts;
        this.firstPause = firstPause;
        this.sleeper = sleeper;
    }

    /** Three calls, pausing 2 s then 4 s: a blip passes, an outage waits for the next cycle. */
    public static Retry standard() {
        return new Retry(3, Duration.ofSeconds(2), Sleeper.REAL);
    }

    public <T> T call(Call<T> call) throws InstagramException, InterruptedException {
        Duration pause = firstPause;
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (InstagramException e) {
                if (e.kind() != InstagramException.Kind.TRANSIENT || attempt >= attempts) {
                    throw e;
                }
            }
            sleeper.sleep(pause);
            pause = pause.multipliedBy(2);
        }
    }

    /** One Instagram call. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws InstagramException;
    }

    /** Waiting, replaceable in tests. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }
}
