package org.instarelay.collect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.instarelay.common.DaemonThreads;
import org.instarelay.common.Plural;
import org.instarelay.instagram.InstagramClient;
import org.instarelay.store.Account;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.DeliveryRepository;
import org.instarelay.store.Database;
import org.instarelay.store.MediaRepository;
import org.instarelay.store.StoreException;
import org.instarelay.store.StoreFaults;
import org.instarelay.store.SubscriptionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll cycle: read every active account (several at once, bounded by {@code poll.parallelism}),
 * then post what is queued: each channel's queue in order, channels concurrently (bounded).
 *
 * <p>Reading never overlaps: a manual {@code poll} during a scheduled cycle waits for its reading
 * to end, not for its posting. Posting runs outside that lock, on the senders, and a cycle does
 * not wait for it: a scheduled cycle returns once it has read and started the posting (what goes
 * out is counted through {@link CycleEvents} as it does), so a slow post (a picture at the end of a
 * slow line) never holds back the next read, a {@code poll}, or another channel; a channel still
 * being posted to by an earlier cycle is left to it. {@code /instagram poll} waits a little for its
 * own posting, to say what went out and what is still on its way. Direct messages are sent after
 * the lock too. Reading is parallel because it is waiting on the network; within a channel
 * posting is sequential because the channel shows posts in the order they arrive.
 */
public final class Collector implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Collector.class);
    /** Channels posted to at once: Discord limits each channel, and the bot as a whole to 50 requests a second. */
    public static final int SENDERS = 16;
    /** How long a send under way may still finish at shutdown. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final AccountRepository accounts;
    private final AccountPoller poller;
    private final DeliveryWorker delivery;
    private final Notices notices;
    private final CycleTally tally;
    private final Clock clock;
    private final ExecutorService readers;
    private final ExecutorService senders;
    private final ReentrantLock cycleLock = new ReentrantLock();
    private final StoreFaults faults;
    private final DeliveryRepository deliveries;
    private final DirectSending direct;
    /** The storage fault of the last cycle, shown by {@code status} until a cycle goes through without one. */
    private volatile String storeProblem;

    /**
     * @param pictures where new posts' pictures go to be kept
     * @param events   who hears what each cycle did (the metrics)
     * @param grace    how long a send whose outcome is unknown may still appear before it is sent again
     */
    public Collector(InstagramClient instagram, Database database, AccountRepository accounts, MediaRepository media,
                     DeliveryRepository deliveries, SubscriptionRepository subscriptions, Destinations destinations,
                     Retry retry, Clock clock, int backfill, int parallelism, PictureKeeping pictures,
                     CycleEvents events, ResendGrace grace) {
        this.accounts = accounts;
        this.faults = database.faults();
        this.clock = clock;
        this.tally = new CycleTally(events, deliveries, clock);
        this.deliveries = deliveries;
        TokenKeeper tokens = new TokenKeeper(instagram, accounts, retry, clock);
        this.poller = new AccountPoller(new MediaReader(instagram, media, retry), tokens, accounts,
                new NewPosts(database, media, deliveries, subscriptions, pictures, destinations.onlooker()), clock,
                backfill);
        this.readers = Executors.newFixedThreadPool(parallelism, DaemonThreads.named("instagram-reader"));
        this.senders = Executors.newFixedThreadPool(SENDERS, DaemonThreads.named("discord-sender"));
        // Without a publisher nothing is sent here, so nothing may be recorded as sent: no worker.
        this.delivery = destinations.delivers()
                ? new DeliveryWorker(deliveries, subscriptions, instagram, destinations.publisher(), clock, senders,
                        events, grace)
                : null;
        this.notices = new Notices(accounts, subscriptions, destinations);
        this.direct = new DirectSending(senders);
    }

    /** Runs a full cycle now, after any cycle already running, waiting {@code forPosting} at most for its posting. */
    public CycleReport runCycle(Duration forPosting) throws StoreException, InterruptedException {
        return runCycle(null, forPosting);
    }

    /**
     * Runs a cycle that polls only {@code accountIds} (null: every account), after any cycle
     * already running. Whatever is queued for any channel is posted either way; the report counts
     * what went out within {@code forPosting} (zero: a scheduled cycle, which does not wait) and
     * the posts still on their way in the channels not done by then.
     */
    public CycleReport runCycle(Set<String> accountIds, Duration forPosting)
            throws StoreException, InterruptedException {
        long mark = faults.mark();
        try {
            CycleReport report = cycle(accountIds, mark, forPosting);
            storeProblem = report.storeProblem();
            // Not while posting goes on: a sender meeting a fault right now would be told "works again".
            if (storeProblem == null && (delivery == null || !delivery.posting())) {
                faults.over();
            }
            return report;
        } catch (StoreException e) {
            storeProblem = e.getMessage();
            throw e;
        }
    }

    /**
     * Waits until no cycle is posting anymore, direct messages included (tests, benchmarks: what
     * a cycle left to an earlier one's posting is then out too); false if posting still runs after
     * {@code limit}.
     */
    public boolean awaitPosting(Duration limit) throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        if (!direct.awaitIdle(limit)) {
            return false;
        }
        return delivery == null || delivery.awaitIdle(Duration.between(Instant.now(), until).isNegative()
                ? Duration.ZERO : Duration.between(Instant.now(), until));
    }

    /** The storage fault the last cycle met, in words; empty when it went through (or before the first). */
    public Optional<String> storeProblem() {
        return Optional.ofNullable(storeProblem);
    }

    private CycleReport cycle(Set<String> accountIds, long mark, Duration forPosting)
            throws StoreException, InterruptedException {
        Instant started;
        List<AccountOutcome> outcomes;
        Map<String, Account> byId = new HashMap<>();
        List<Account> now;
        List<DirectNotices.Pending> directs;
        cycleLock.lockInterruptibly();
        try {
            started = clock.instant();
            List<Account> all = accounts.all().stream()
                    .filter(account -> accountIds == null || accountIds.contains(account.igUserId())).toList();
            outcomes = collect(all);
            tally.baselines(outcomes);
            directs = notices.announce(outcomes);
            // Re-read: the cycle may have changed tokens' states and the poll record.
            now = accounts.all();
            now.forEach(account -> byId.put(account.igUserId(), account));
        } finally {
            cycleLock.unlock();
        }
        // A direct message may take seconds: after the lock, on the senders, never before the next read.
        direct.send(directs, notices::tellDirectly);
        // Posting waits on Discord and on pictures, which may be slow: outside the lock, so the next
        // cycle (a /instagram poll) reads Instagram meanwhile. DeliveryWorker keeps each channel's
        // queue on one thread at a time. The console alone posts nothing (no worker).
        CyclePosting posting = delivery == null ? CyclePosting.NONE
                : new CyclePosting(delivery.deliverAll(byId), deliveries, tally, this::postingFailed);
        long deadline = System.nanoTime() + forPosting.toNanos();
        posting.await(forPosting);
        // The person who asked for the cycle hears of its direct messages too, within the same wait.
        direct.awaitIdle(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        CycleReport report = new CycleReport(started, clock.instant(), outcomes, posting.deliveredByServer(),
                posting.problems(), faults.since(mark).orElse(null), posting.onTheirWay());
        tally.cycleEnded(started, now);
        log.info("Cycle done: {}, {}, {}, {} posted{}{}", Plural.of(outcomes.size(), "account"),
                Plural.of(report.requests(), "request"), Plural.of(report.newPosts(), "new post"), report.delivered(),
                report.onTheirWay() == 0 ? "" : ", " + report.onTheirWay() + " on their way",
                report.problems().isEmpty() ? "" : ", problems: "
                        + report.problems().stream().map(CycleReport.Problem::text).toList());
        return report;
    }

    /** A channel's posting ended in a storage fault after its cycle had returned: status says so. */
    private void postingFailed(StoreException e) {
        storeProblem = e.getMessage();
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

    /**
     * Stops reading at once, and lets a send under way finish for a few seconds first, so that
     * what Discord took is recorded DELIVERED before the database closes after this.
     */
    @Override
    public void close() {
        readers.shutdownNow();
        senders.shutdown();
        try {
            if (!senders.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("A post was still being sent after {} s at shutdown; it is looked for after the restart",
                        CLOSE_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        senders.shutdownNow();
    }
}
