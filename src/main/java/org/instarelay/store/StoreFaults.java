package org.instarelay.store;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The storage faults the database met (disk full, read-only, damaged, locked), counted, so that a
 * cycle can tell whether it met one and {@code status} can say so until a cycle goes through. Each
 * fault is logged once until it is over, not once per account or per statement: a full disk fails
 * every write of every account in a cycle.
 */
public final class StoreFaults {
    private static final Logger log = LoggerFactory.getLogger(StoreFaults.class);

    private long count;
    private String last;
    /** The sentence logged and not yet over; null when the storage works. */
    private String logged;

    StoreFaults() {}

    synchronized void failed(StoreException e) {
        count++;
        last = e.getMessage();
        if (!last.equals(logged)) {
            logged = last;
            // The sentence names the cure; the SQLite detail (its code) is for whoever digs further.
            log.error("{} (SQLite: {})", last, e.getCause() == null ? "no detail" : e.getCause().getMessage());
        }
    }

    /** How many faults so far: a mark to ask {@link #since} about later. */
    public synchronized long mark() {
        return count;
    }

    /** The last fault met after {@code mark}, in words; empty when none. */
    public synchronized Optional<String> since(long mark) {
        return count > mark ? Optional.of(last) : Optional.empty();
    }

    /** Work went through without a fault (a whole cycle): a fault met again is logged again. */
    public synchronized void over() {
        if (logged != null) {
            log.info("The database works again (it was: {})", logged);
            logged = null;
        }
    }
}
