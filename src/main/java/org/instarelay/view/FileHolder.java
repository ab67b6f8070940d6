package org.instarelay.view;

import java.util.function.BooleanSupplier;

/**
 * The process that holds the database another one wanted, as a face words it.
 *
 * @param database the file, as a path in words
 * @param mode     {@code run} or {@code console}; null when the lock file does not say (an older release)
 * @param pid      its process id; 0 when not known
 * @param words    "run, pid 4242 on host web1, since ..."; null when not known
 * @param ended    asked each time: whether it is known to have ended since (same host, no such process)
 */
public record FileHolder(String database, String mode, long pid, String words, BooleanSupplier ended) {
    /** Whether who holds it is known. */
    public boolean known() {
        return mode != null;
    }

    /** "InstaRelay (run, pid 4242 ...)", or "another InstaRelay" when not known. */
    public String holderWords() {
        return known() ? "InstaRelay (" + words + ")" : "another InstaRelay";
    }
}
