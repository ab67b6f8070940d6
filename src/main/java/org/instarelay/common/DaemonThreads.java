package org.instarelay.common;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for the bot's own pools: named, so a thread dump says what each does, and daemon, so a
 * pool that was not shut down never keeps the process alive after {@code main} returns.
 */
public final class DaemonThreads {
    private DaemonThreads() {}

    /** Threads called {@code name-1}, {@code name-2}, … */
    public static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
