package org.instarelay.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.Database;
import org.instarelay.store.DeliveryRepository;
import org.instarelay.store.MediaRepository;
import org.instarelay.store.StoreException;
import org.instarelay.store.SubscriptionRepository;

/**
 * The bot's database file, opened a second time for a test to look into (or seed), as an operator
 * with the sqlite3 shell would: the core itself does not hand its repositories out.
 */
public final class StoreProbe implements AutoCloseable {
    private final Database database;
    private final AccountRepository accounts;
    private final MediaRepository media;
    private final DeliveryRepository deliveries;
    private final SubscriptionRepository subscriptions;

    private StoreProbe(Database database) {
        this.database = database;
        this.accounts = new AccountRepository(database);
        this.media = new MediaRepository(database, new ObjectMapper());
        this.deliveries = new DeliveryRepository(database, media);
        this.subscriptions = new SubscriptionRepository(database);
    }

    public static StoreProbe open(Path databaseFile) throws StoreException {
        return new StoreProbe(Database.openBeside(databaseFile));
    }

    public AccountRepository accounts() {
        return accounts;
    }

    public MediaRepository media() {
        return media;
    }

    public DeliveryRepository deliveries() {
        return deliveries;
    }

    public SubscriptionRepository subscriptions() {
        return subscriptions;
    }

    /** The raw file, for what no repository reads (a test's own SQL). */
    public Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
    }
}
