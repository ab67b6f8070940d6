package org.instarelay.collect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.instarelay.common.DaemonThreads;
import org.instarelay.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a cycle every {@code poll.interval}, the first one right at start-up (to catch up after a
 * restart). The interval counts from the end of a cycle's reading: a scheduled cycle starts its
 * posting and returns without waiting for it, so slow posting never delays the next read. A cycle
 * asked for ({@link #pollNow}) waits up to {@link #POLL_WAIT} for its posting, to say what went out.
 * Each run is wrapped so that an exception is logged and the next run still happens: an
 * uncaught exception in a {@link ScheduledExecutorService} task silently cancels every later run.
 */
public final class PollScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PollScheduler.class);

    /** How long a cycle asked for waits for its own posting before it reports the rest as on its way. */
    public static final Duration POLL_WAIT = Duration.ofSeconds(10);

    private final Collector collector;
    private final Duration interval;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private final AtomicReference<Instant> nextRun = new AtomicReference<>();
    private final AtomicReference<Instant> lastFinished = new AtomicReference<>();
    private volatile boolean started;

    public PollScheduler(Collector collector, Duration interval, Clock clock) {
        this.collector = collector;
        this.interval = interval;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("poll-scheduler"));
    }

    public void start() {
        started = true;
        nextRun.set(clock.instant());
        timer.scheduleWithFixedDelay(this::scheduledCycle, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs a cycle in the caller's thread, after any cycle in progress, waiting a little for its posting. */
    public CycleReport pollNow() throws StoreException, InterruptedException {
        return pollNow(null);
    }

    /**
     * Runs a cycle in the caller's thread and waits up to {@code forPosting} for all it posts: for
     * benchmarks, which measure a cycle to its end, and tests that count what one cycle posted.
     */
    public CycleReport pollAndWait(Duration forPosting) throws StoreException, InterruptedException {
        return cycle(null, forPosting);
    }

    /** Waits until no cycle is posting anymore (tests and benchmarks); false if one still is after {@code limit}. */
    public boolean awaitPosting(Duration limit) throws InterruptedException {
        return collector.awaitPosting(limit);
    }

    /** When the last cycle finished (scheduled or asked for), empty before the first: for {@code /health}. */
    public Optional<Instant> lastFinished() {
        return Optional.ofNullable(lastFinished.get());
    }

    /** The same, polling only these accounts (one server's; null: all); queued posts of every channel go out. */
    public CycleReport pollNow(java.util.Set<String> accountIds) throws StoreException, InterruptedException {
        return cycle(accountIds, POLL_WAIT);
    }

    private CycleReport cycle(java.util.Set<String> accountIds, Duration forPosting)
            throws StoreException, InterruptedException {
        CycleReport report = collector.runCycle(accountIds, forPosting);
        lastFinished.set(report.finishedAt());
        return report;
    }

    /**
     * Asks for a cycle soon, without waiting for it (after a connect, say). Does nothing before
     * {@link #start()}: without a schedule, cycles run only when asked for with {@link #pollNow()}.
     */
    public void pollSoon() {
        if (started && !timer.isShutdown()) {
            timer.execute(this::safeCycle);
        }
    }

    /** The storage fault the last cycle met (disk full, read-only ...), in words; empty when it went through. */
    public Optional<String> storeProblem() {
        return collector.storeProblem();
    }

    /** When the next scheduled cycle starts, if the schedule runs. */
    public Optional<Instant> nextRun() {
        return Optional.ofNullable(nextRun.get());
    }

    public Duration interval() {
        return interval;
    }

    private void scheduledCycle() {
        safeCycle();
        nextRun.set(clock.instant().plus(interval));
    }

    private void safeCycle() {
        try {
            cycle(null, Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // StoreException carries words; anything else is a bug. Either way the schedule goes on.
            log.error("Poll cycle failed: {}", e.getMessage(), e instanceof StoreException ? null : e);
        } catch (Error e) {
            log.error("Poll cycle failed badly", e);
            throw e;
        }
    }

    /** Stops the schedule, letting a cycle in progress finish for a few seconds. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(10, TimeUnit.SECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            timer.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
