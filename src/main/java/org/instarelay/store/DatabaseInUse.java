package org.instarelay.store;

import java.nio.file.Path;

/**
 * Another process holds the database. Its message is the one sentence to print: who holds it
 * and what to do; {@link #holder()} lets a face that can still read the file ({@code console})
 * name the holder in its own words.
 */
public final class DatabaseInUse extends StoreException {
    private final transient LockHolder holder;
    private final Path database;

    DatabaseInUse(Path database, LockHolder holder) {
        this(database, holder, "Stop it first, or give this one its own database.path.");
    }

    /** The same, with {@code toDo} after "Another InstaRelay (...) is using the database ...". */
    DatabaseInUse(Path database, LockHolder holder, String toDo) {
        super("Another InstaRelay (" + (holder == null ? "its pid is not known" : holder.words())
                + ") is using the database " + database + ". " + toDo, null);
        this.database = database;
        this.holder = holder;
    }

    /** Who holds it; null when the lock file does not say (an older release holds it). */
    public LockHolder holder() {
        return holder;
    }

    public Path database() {
        return database;
    }
}
