package org.instarelay.app;

/**
 * The core could not open (the database file cannot be opened or upgraded). The message says what
 * is wrong and what to do; faces print it without a stack trace.
 */
public final class CoreUnavailable extends Exception {
    public CoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
