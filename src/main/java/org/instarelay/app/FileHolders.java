package org.instarelay.app;

import org.instarelay.store.DatabaseInUse;
import org.instarelay.store.LockHolder;
import org.instarelay.view.FileHolder;

/** The store's "someone else holds the file" as the view a face words. */
public final class FileHolders {
    private FileHolders() {}

    public static FileHolder of(DatabaseInUse inUse) {
        LockHolder holder = inUse.holder();
        String database = inUse.database().toString();
        if (holder == null) {
            return new FileHolder(database, null, 0, null, () -> false);
        }
        return new FileHolder(database, holder.mode(), holder.pid(), holder.words(), holder::endedHere);
    }
}
