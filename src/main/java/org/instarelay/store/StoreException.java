package org.instarelay.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

/** The database could not do what was asked; the message says what to check. */
public class StoreException extends Exception {
    /** What failed under the database (disk full, read-only ...), null for anything else. */
    private final transient StorageFault fault;

    public StoreException(String message, Throwable cause) {
        this(message, cause, null);
    }

    private StoreException(String message, Throwable cause, StorageFault fault) {
        super(message, cause);
        this.fault = fault;
    }

    /**
     * The root cause in words. {@code e} stays the cause, with whatever failed after it (a
     * rollback) attached as suppressed, so the log keeps every detail.
     */
    static StoreException wrap(Path path, SQLException e) {
        Optional<StorageFault> fault = StorageFault.of(e);
        if (fault.isPresent()) {
            return new StoreException(fault.get().advice(path), e, fault.get());
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new StoreException("Database error on " + path + ": " + detail, e, null);
    }

    Optional<StorageFault> fault() {
        return Optional.ofNullable(fault);
    }

    /** Whether the storage failed (disk full, read-only, damaged ...): the store logs each such fault once itself. */
    public boolean isStorageFault() {
        return fault != null;
    }
}
