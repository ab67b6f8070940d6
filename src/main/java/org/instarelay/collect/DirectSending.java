package org.instarelay.collect;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.instarelay.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the direct messages a cycle decided on, on the senders after the cycle lock: Discord may
 * take seconds to open a person's direct channel, and the next read must not wait for it. Counted,
 * so that waiting for posting (tests, shutdown) waits for them too.
 */
final class DirectSending {
    private static final Logger log = LoggerFactory.getLogger(DirectSending.class);

    /** Sends one message; a store failure is logged, the others go on. */
    interface Teller {
        void tell(DirectNotices.Pending pending) throws StoreException;
    }

    private final ExecutorService senders;
    private final AtomicInteger inFlight = new AtomicInteger();

    DirectSending(ExecutorService senders) {
        this.senders = senders;
    }

    void send(List<DirectNotices.Pending> pending, Teller teller) {
        for (DirectNotices.Pending one : pending) {
            inFlight.incrementAndGet();
            try {
                senders.execute(() -> {
                    try {
                        teller.tell(one);
                    } catch (StoreException e) {
                        log.warn("Could not tell {} directly: {}", one.account().handle(), e.getMessage());
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
            } catch (RejectedExecutionException closing) {
                inFlight.decrementAndGet();
                log.info("The bot is stopping: {} is told directly after the restart", one.account().handle());
            }
        }
    }

    /** Waits until no direct message is being sent; false if some still are after {@code limit}. */
    boolean awaitIdle(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (inFlight.get() > 0) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(5); // tests and shutdown only
        }
        return true;
    }
}
