package org.instarelay.collect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.instarelay.common.PollOutcome;
import org.instarelay.store.Account;
import org.instarelay.store.AccountState;
import org.instarelay.store.DeliveryRepository;
import org.instarelay.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells {@link CycleEvents} what a cycle left behind: its duration, the posts still waiting, the
 * days left on each account's token, and the posts a baseline stored without posting.
 */
final class CycleTally {
    private static final Logger log = LoggerFactory.getLogger(CycleTally.class);
    private static final double SECONDS_PER_DAY = 86_400.0;

    private final CycleEvents events;
    private final DeliveryRepository deliveries;
    private final Clock clock;

    CycleTally(CycleEvents events, DeliveryRepository deliveries, Clock clock) {
        this.events = events;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** A baseline stores an account's existing posts without posting them: each one is skipped on purpose. */
    void baselines(List<AccountOutcome> outcomes) {
        for (AccountOutcome outcome : outcomes) {
            PollOutcome summary = outcome.summary();
            if (summary != null && summary.kind() == PollOutcome.Kind.BASELINE) {
                for (int i = summary.extra(); i < summary.count(); i++) {
                    events.skipped("baseline");
                }
            }
        }
    }

    /** After a cycle that ran from {@code started}, over {@code accounts} as they are now. */
    void cycleEnded(Instant started, List<Account> accounts) {
        Instant now = clock.instant();
        events.cycleFinished(Duration.between(started, now));
        for (Account account : accounts) {
            Instant expires = account.token().expiresAt();
            if (account.state() != AccountState.DISCONNECTED && expires != null && account.username() != null) {
                events.tokenDaysLeft(account.username(), Duration.between(now, expires).toSeconds() / SECONDS_PER_DAY);
            }
        }
        postingEnded();
    }

    /** After a channel's posting ended, which may be long after its cycle: the posts still waiting. */
    void postingEnded() {
        try {
            events.queueLength(deliveries.waitingCount());
        } catch (StoreException e) {
            log.debug("Could not count the posts waiting: {}", e.getMessage());
        }
    }
}
