package org.instarelay.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.instarelay.collect.PollScheduler;
import org.instarelay.store.Account;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.AccountState;
import org.instarelay.store.Database;
import org.instarelay.store.StoreException;
import org.instarelay.web.HealthSource;

/**
 * The web face's {@link HealthSource} over the real parts: a write probe on the database, the
 * Discord face's gateway state, the scheduler's last cycle, the accounts whose token died.
 */
final class BotHealth implements HealthSource {
    private final Database database;
    private final AccountRepository accounts;
    private final PollScheduler scheduler;
    private final Instant runningSince;
    private volatile DiscordLink discord = DiscordLink.NOT_USED;

    BotHealth(Database database, AccountRepository accounts, PollScheduler scheduler, Instant runningSince) {
        this.database = database;
        this.accounts = accounts;
        this.scheduler = scheduler;
        this.runningSince = runningSince;
    }

    void discord(DiscordLink link) {
        this.discord = link == null ? DiscordLink.NOT_USED : link;
    }

    @Override
    public Snapshot snapshot() {
        boolean writable = database.writable();
        DiscordLink link = discord;
        return new Snapshot(runningSince, writable, link.connected(), link.since(), scheduler.lastFinished(),
                scheduler.interval(), writable ? needingReauthorization() : List.of(), link.used());
    }

    private List<String> needingReauthorization() {
        List<String> usernames = new ArrayList<>();
        try {
            for (Account account : accounts.all()) {
                if (account.state() == AccountState.NEEDS_REAUTH) {
                    usernames.add(account.username());
                }
            }
        } catch (StoreException e) {
            // The probe just wrote; a failing read shows in the next probe. The list is for a person only.
        }
        return usernames;
    }
}
