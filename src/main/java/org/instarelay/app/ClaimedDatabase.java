package org.instarelay.app;

import org.instarelay.config.Settings;
import org.instarelay.store.Database;
import org.instarelay.store.StoreException;

/**
 * The bot's database, claimed before it logs in to Discord (so a second bot is refused before it
 * touches anything) and handed to {@link Core#open} once Discord is connected. The face holds it
 * without seeing the store: it can only give it to the core, or close it.
 */
public final class ClaimedDatabase implements AutoCloseable {
    final Database database;

    private ClaimedDatabase(Database database) {
        this.database = database;
    }

    /**
     * The file of {@code database.path} for this process alone, held until it stops.
     *
     * @throws CoreUnavailable naming the process that holds it, or what is wrong with the file
     */
    public static ClaimedDatabase claim(Settings settings) throws CoreUnavailable {
        try {
            return new ClaimedDatabase(Database.open(settings.databasePath(), "run"));
        } catch (StoreException e) {
            throw new CoreUnavailable(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
