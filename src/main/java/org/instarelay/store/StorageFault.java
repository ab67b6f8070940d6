package org.instarelay.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * What went wrong under the database, told apart by SQLite's primary result code, and the one
 * sentence that says what to do about it. The code is read from the exception and every exception
 * attached to it, because a failed statement is often followed by a failed commit or rollback
 * whose own message ("no transaction is active") names the wrong cause.
 */
enum StorageFault {
    FULL(13),
    READ_ONLY(8),
    CORRUPT(11, 26),
    LOCKED(5, 6),
    IO(10),
    CANNOT_OPEN(14);

    private final int[] codes;

    StorageFault(int... codes) {
        this.codes = codes;
    }

    /** The fault behind {@code e} or anything attached to it; empty for a plain SQL mistake. */
    static Optional<StorageFault> of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Optional<StorageFault> own = own(t);
            if (own.isPresent()) {
                return own;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                Optional<StorageFault> later = own(suppressed);
                if (later.isPresent()) {
                    return later;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<StorageFault> own(Throwable t) {
        if (t instanceof SQLException sql) {
            int primary = sql.getErrorCode() & 0xff;
            for (StorageFault fault : values()) {
                for (int code : fault.codes) {
                    if (code == primary) {
                        return Optional.of(fault);
                    }
                }
            }
        }
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("sqlite_full") || message.contains("disk is full")) {
            return Optional.of(FULL);
        } else if (message.contains("sqlite_readonly") || message.contains("readonly database")) {
            return Optional.of(READ_ONLY);
        } else if (message.contains("sqlite_corrupt") || message.contains("sqlite_notadb")
                || message.contains("malformed") || message.contains("not a database")) {
            return Optional.of(CORRUPT);
        } else if (message.contains("sqlite_busy") || message.contains("database is locked")) {
            return Optional.of(LOCKED);
        } else if (message.contains("sqlite_ioerr") || message.contains("disk i/o error")) {
            return Optional.of(IO);
        }
        return Optional.empty();
    }

    /** Whether a new connection may cure it: the file was made writable again, the disk came back. */
    boolean reopenCures() {
        return this == READ_ONLY || this == IO || this == CANNOT_OPEN;
    }

    /** The sentence for the person who runs the bot: what is wrong with {@code file}, and what to do. */
    String advice(Path file) {
        Path folder = file.getParent() == null ? file.toAbsolutePath().getParent() : file.getParent();
        return switch (this) {
            case FULL -> "The disk holding the database " + file + " is full: free space on " + folder
                    + " (old logs, kept pictures, other files). Nothing stored was lost; the bot stores again by "
                    + "itself once there is room.";
            case READ_ONLY -> "The database " + file + " cannot be written (it is read-only): make " + file
                    + " and its folder " + folder + " writable for the user running InstaRelay.";
            case CORRUPT -> "The database " + file + " is damaged (SQLite cannot read it): stop InstaRelay and "
                    + "restore the file from a backup, with its -wal file, while the bot is stopped.";
            case LOCKED -> "The database " + file + " is locked by another program: close it (an sqlite3 shell "
                    + "in the middle of a write, a backup tool) and try again.";
            case IO -> "Reading or writing the database " + file + " failed (disk I/O error): check the disk under "
                    + folder + ", and that the file was not made read-only or immutable (lsattr); the bot tries "
                    + "again by itself.";
            case CANNOT_OPEN -> "The database " + file + " cannot be opened: check that " + folder
                    + " exists and can be written by the user running InstaRelay.";
        };
    }
}
