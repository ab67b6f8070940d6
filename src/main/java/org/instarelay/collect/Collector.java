package org.instarelay.collect;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import org.instarelay.common.DaemonThreads;
import org.instarelay.instagram.InstagramClient;
import org.instarelay.store.Account;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.AccountState;
import org.instarelay.store.DeliveryRepository;
import org.instarelay.store.Database;
import org.instarelay.store.MediaRepository;
import org.instarelay.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.instarelay.view.Notice;

/**
 * One poll cycle: read every active account (several at once, bounded by {@code poll.parallelism}),
 * then post what is queued, one account after the other, oldest post first.
 *
 * <p>Cycles never overlap: a manual {@code poll} during a scheduled cycle waits for it to end.
 * Reading is parallel because it is waiting on the network; posting is sequential because the
 * channel shows posts in the order they arrive.
 */
public final class Collector implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Collector.class);

    private final AccountRepository accounts;
    private final AccountPoller poller;
    private final DeliveryWorker delivery;
    private final Publisher publisher;
    private final Clock clock;
    private final ExecutorService readers;
    private final ReentrantLock cycleLock = new ReentrantLock();
    private final CycleTally tally;

    public Collector(InstagramClient instagram, Database database, AccountRepository accounts, MediaRepository media,
                     DeliveryRepository deliveries, Publisher publisher, Retry retry, Clock clock,
                     int backfill, int parallelism) {
        this(instagram, database, accounts, media, deliveries, publisher, retry, clock, backfill, parallelism,
                PictureKeeping.NONE, CycleEvents.NONE);
    }

    /**
     * @param pictures where new posts' pictures go to be kept
     * @param events   who hears what each cycle did (the metrics)
     */
    public Collector(InstagramClient instagram, Database database, AccountRepository accounts, MediaRepository media,
                     DeliveryRepository deliveries, Publisher publisher, Retry retry, Clock clock,
                     int backfill, int parallelism, PictureKeeping pictures, CycleEvents events) {
        this.accounts = accounts;
        this.tally = new CycleTally(events, deliveries, clock);
        this.publisher = publisher;
        this.clock = clock;
        TokenKeeper tokens = new TokenKeeper(instagram, accounts, retry, clock);
        this.poller = new AccountPoller(new MediaReader(instagram, media, retry), tokens, accounts,
                new NewPosts(database, media, deliveries, pictures), clock,
                backfill);
        this.delivery = new DeliveryWorker(deliveries, instagram, accounts, publisher, clock, events);
        this.readers = Executors.newFixedThreadPool(parallelism, DaemonThreads.named("instagram-reader"));
    }

    /** Runs a full cycle now, after any cycle already running. */
    public CycleReport runCycle() throws StoreException, InterruptedException {
        cycleLock.lockInterruptibly();
        try {
            Instant started = clock.instant();
            List<Account> all = accounts.all();
            List<AccountOutcome> outcomes = collect(all);
            tally.baselines(outcomes);
            announce(outcomes);
            int delivered = 0;
            List<String> problems = new ArrayList<>();
            // Re-read: the cycle may have changed tokens' states and the poll record.
            List<Account> now = accounts.all();
            for (Account account : now) {
                if (account.paused() || account.state() == AccountState.DISCONNECTED) {
                    continue;
                }
                DeliveryWorker.Result result = delivery.deliver(account);
                delivered += result.delivered();
                if (result.error() != null) {
                    problems.add(account.handle() + ": " + result.error());
                }
            }
            CycleReport report = new CycleReport(started, clock.instant(), outcomes, delivered, problems);
            tally.cycleEnded(started, now);
            log.info("Cycle done: {} accounts, {} requests, {} new posts, {} posted{}", outcomes.size(),
                    report.requests(), report.newPosts(), delivered, problems.isEmpty() ? "" : ", problems: " + problems);
            return report;
        } finally {
            cycleLock.unlock();
        }
    }

    /**
     * Reads one account now (its baseline, right after connecting), without posting anything;
     * waits for a cycle in progress so the account is never read twice at once.
     */
    public AccountOutcome pollAccount(Account account) throws InterruptedException {
        cycleLock.lockInterruptibly();
        try {
            AccountOutcome outcome = poller.poll(account);
            tally.baselines(List.of(outcome));
            return outcome;
        } finally {
            cycleLock.unlock();
        }
    }

    private List<AccountOutcome> collect(List<Account> all) throws InterruptedException {
        List<Future<AccountOutcome>> futures = new ArrayList<>();
        for (Account account : all) {
            futures.add(readers.submit(() -> poller.poll(account)));
        }
        List<AccountOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            try {
                outcomes.add(futures.get(i).get());
            } catch (ExecutionException e) {
                // poll() catches everything; this is a bug, logged and survived.
                log.error("Polling {} failed unexpectedly", all.get(i).handle(), e.getCause());
            }
        }
        return outcomes;
    }

    private void announce(List<AccountOutcome> outcomes) throws StoreException {
        for (AccountOutcome outcome : outcomes) {
            if (outcome.announcement() == null) {
                continue;
            }
            Account account = accounts.find(outcome.accountId()).orElse(null);
            if (account == null) {
                continue;
            }
            Announcement announcement = outcome.announcement();
            try {
                publisher.announce(new Notice(announcement.kind(), PostViews.account(account), account.channelId(),
                        announcement.reason(), announcement.left()));
                if (announcement.kind() == Notice.Kind.TOKEN_DIED) {
                    accounts.markReauthNotified(account.igUserId());
                } else {
                    accounts.setExpiryWarned(account.igUserId(), announcement.days());
                }
            } catch (PublishException e) {
                // Not recorded as said: the next cycle tries again.
                log.warn("Could not tell {}'s channel: {}", account.handle(), e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        readers.shutdownNow();
    }
}
