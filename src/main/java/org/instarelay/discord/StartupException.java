package org.instarelay.discord;

/**
 * The bot cannot start, for a reason a person can fix. The message says what is wrong, names the
 * setting and says what to do; it is printed as is, without a stack trace.
 */
public final class StartupException extends Exception {
    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
