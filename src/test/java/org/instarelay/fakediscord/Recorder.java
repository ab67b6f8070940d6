package org.instarelay.fakediscord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * Thread-safe log of REST requests. Waiting uses a condition that every new request signals, so
 * tests block exactly as long as needed and never poll with sleeps.
 */
final class Recorder {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition added = lock.newCondition();
    private final List<RecordedRequest> requests = new ArrayList<>();

    void add(RecordedRequest request) {
        lock.lock();
        try {
            requests.add(request);
            added.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** A snapshot, oldest first. */
    List<RecordedRequest> all() {
        lock.lock();
        try {
            return List.copyOf(requests);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until at least {@code count} recorded requests (old ones included) match and returns
     * the first {@code count} of them.
     *
     * @throws AssertionError on timeout, listing what did arrive
     */
    List<RecordedRequest> await(Predicate<RecordedRequest> predicate, int count, Duration timeout) {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                List<RecordedRequest> matching = requests.stream().filter(predicate).limit(count).toList();
                if (matching.size() >= count) {
                    return matching;
                }
                if (remaining <= 0) {
                    throw new AssertionError("timed out after " + timeout + " waiting for " + count
                            + " matching request(s), " + matching.size() + " matched; received: " + requests);
                }
                remaining = added.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a request", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * True if no matching request arrives within {@code window} (returns early, false, as soon as
     * one does). For negative checks only: the full window is always waited out on success.
     */
    boolean noneWithin(Predicate<RecordedRequest> predicate, Duration window) {
        long remaining = window.toNanos();
        lock.lock();
        try {
            while (requests.stream().noneMatch(predicate)) {
                if (remaining <= 0) {
                    return true;
                }
                remaining = added.awaitNanos(remaining);
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }
}
