package org.instarelay.auth;

/** Connecting did not work; the message tells the person what to do next. */
public class ConnectException extends Exception {
    public ConnectException(String message) {
        super(message);
    }

    public ConnectException(String message, Throwable cause) {
        super(message, cause);
    }
}
