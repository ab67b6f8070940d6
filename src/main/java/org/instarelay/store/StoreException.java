package org.instarelay.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** The database could not do what was asked; the message says what to check. */
public class StoreException extends Exception {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    static StoreException wrap(Path path, SQLException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String hint;
        if (detail.contains("SQLITE_FULL") || detail.contains("disk is full")) {
            hint = "The disk holding " + path + " is full: free some space; nothing stored was lost.";
        } else if (detail.contains("SQLITE_BUSY") || detail.contains("locked")) {
            hint = "The database " + path + " is locked by another program: close it (or stop the other InstaRelay).";
        } else if (detail.contains("SQLITE_READONLY") || detail.contains("readonly")) {
            hint = "The database " + path + " is read-only: check the file's permissions.";
        } else {
            hint = "Database error on " + path + ": " + detail;
        }
        return new StoreException(hint, e);
    }
}
