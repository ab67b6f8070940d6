package org.instarelay.collect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.instarelay.common.PollOutcome;
import org.instarelay.instagram.InstagramException;
import org.instarelay.store.Account;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.AccountState;
import org.instarelay.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects one account's new posts into the database and queues them, or, right after connecting,
 * stores what the account already has as a baseline that is not posted.
 *
 * <p>Every failure ends up as words in the account's record; none escapes, so one account can never
 * stop the others or the schedule.
 */
final class AccountPoller {
    private static final Logger log = LoggerFactory.getLogger(AccountPoller.class);
    /** Pages read in a normal cycle at most: 10,000 posts, a week offline for the busiest account. */
    static final int MAX_PAGES = 400;
    /** A baseline keeps the newest 1,000 posts: enough for {@code latest}, cheap to read. */
    static final int BASELINE_PAGES = 40;
    private static final Duration DEFAULT_BACKOFF = Duration.ofMinutes(15);

    private final MediaReader reader;
    private final TokenKeeper tokens;
    private final AccountRepository accounts;
    private final NewPosts newPosts;
    private final Clock clock;
    private final int backfill;

    AccountPoller(MediaReader reader, TokenKeeper tokens, AccountRepository accounts, NewPosts newPosts,
                  Clock clock, int backfill) {
        this.reader = reader;
        this.tokens = tokens;
        this.accounts = accounts;
        this.newPosts = newPosts;
        this.clock = clock;
        this.backfill = backfill;
    }

    AccountOutcome poll(Account account) {
        String id = account.igUserId();
        String handle = account.handle();
        if (!account.isActive()) {
            PollOutcome summary = PollOutcome.withDetail(PollOutcome.Kind.NOT_POLLED,
                    account.state().name().toLowerCase(java.util.Locale.ROOT));
            if (account.state() == AccountState.NEEDS_REAUTH && !account.token().reauthNotified()) {
                // The channel could not be told when the token died (Discord failed the notice), and
                // the token is not tried again: say it now, without calling Instagram.
                // The faces word a missing reason.
                String reason = account.health().lastError();
                return new AccountOutcome(id, handle, 0, 0, summary, null,
                        Announcement.tokenDied(reason));
            }
            return AccountOutcome.skipped(id, handle, summary);
        }
        Instant now = clock.instant();
        if (account.health().backoffUntil() != null && now.isBefore(account.health().backoffUntil())) {
            return AccountOutcome.skipped(id, handle,
                    PollOutcome.until(PollOutcome.Kind.WAITING_FOR_RATE_LIMIT, account.health().backoffUntil()));
        }
        AccountOutcome outcome;
        try {
            TokenKeeper.Result fresh = tokens.refreshIfDue(account);
            outcome = fresh.account().needsBaseline() ? baseline(fresh.account()) : collect(fresh.account());
            if (fresh.warning() != null) {
                outcome = new AccountOutcome(id, handle, outcome.newPosts(), outcome.requests(), outcome.summary(),
                        outcome.error(), fresh.warning());
            }
        } catch (InstagramException e) {
            outcome = failed(account, e);
        } catch (StoreException e) {
            outcome = new AccountOutcome(id, handle, 0, 0, PollOutcome.of(PollOutcome.Kind.NOT_STORED), e.getMessage(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = new AccountOutcome(id, handle, 0, 0, PollOutcome.of(PollOutcome.Kind.INTERRUPTED), null, null);
        } catch (RuntimeException e) {
            log.error("Unexpected failure while polling {}", handle, e);
            outcome = new AccountOutcome(id, handle, 0, 0, PollOutcome.of(PollOutcome.Kind.FAILED), "Unexpected error ("
                    + e.getClass().getSimpleName()
                    + "); details are in the log file.", null);
        }
        try {
            accounts.recordPoll(id, clock.instant(), outcome.summary(), outcome.error());
        } catch (StoreException e) {
            // A storage fault is logged once by the store and told once by the cycle, not per account.
            log.debug("Could not record the poll of {}: {}", handle, e.getMessage());
        }
        return outcome;
    }

    private AccountOutcome collect(Account account) throws InstagramException, StoreException, InterruptedException {
        MediaReader.Result read = reader.readUnknown(account.token().accessToken(), true, MAX_PAGES);
        NewPosts.Result stored = newPosts.store(account.igUserId(), read.unknown(), Integer.MAX_VALUE, clock.instant());
        PollOutcome summary = PollOutcome.newPosts(stored.stored(), read.complete() ? 0 : MAX_PAGES);
        return new AccountOutcome(account.igUserId(), account.handle(), stored.stored(), read.requests(), summary, null, null);
    }

    private AccountOutcome baseline(Account account) throws InstagramException, StoreException, InterruptedException {
        MediaReader.Result read = reader.readUnknown(account.token().accessToken(), false, BASELINE_PAGES);
        NewPosts.Result stored = newPosts.store(account.igUserId(), read.unknown(), backfill, clock.instant());
        accounts.markBaselineDone(account.igUserId());
        PollOutcome summary = PollOutcome.baseline(stored.stored(), stored.queued());
        log.info("Baseline of {}: {} stored, {} queued", account.handle(), stored.stored(), stored.queued());
        return new AccountOutcome(account.igUserId(), account.handle(), stored.queued(), read.requests(), summary, null, null);
    }

    private AccountOutcome failed(Account account, InstagramException e) {
        String id = account.igUserId();
        String handle = account.handle();
        log.warn("Polling {} failed ({}): {}", handle, e.kind(), e.getMessage());
        return switch (e.kind()) {
            case TOKEN_INVALID -> tokenDied(account, e);
            case RATE_LIMITED -> {
                Instant until = clock.instant().plus(e.retryAfter().orElse(DEFAULT_BACKOFF));
                try {
                    accounts.setBackoff(id, until);
                } catch (StoreException store) {
                    log.error("Could not record the back-off of {}: {}", handle, store.getMessage());
                }
                yield new AccountOutcome(id, handle, 0, 0, PollOutcome.until(PollOutcome.Kind.RATE_LIMITED, until),
                        e.getMessage(), null);
            }
            case TRANSIENT -> new AccountOutcome(id, handle, 0, 0, PollOutcome.of(PollOutcome.Kind.INSTAGRAM_UNAVAILABLE),
                    e.getMessage(), null);
            case CODE_REJECTED, REJECTED -> new AccountOutcome(id, handle, 0, 0, PollOutcome.of(PollOutcome.Kind.REFUSED),
                    e.getMessage(), null);
        };
    }

    private AccountOutcome tokenDied(Account account, InstagramException e) {
        String reason = e.getMessage();
        try {
            accounts.markNeedsReauth(account.igUserId(), reason);
        } catch (StoreException store) {
            log.error("Could not mark {} as needing authorization: {}", account.handle(), store.getMessage());
        }
        // Said once per dead token: the flag is reset when someone connects again.
        Announcement announcement = account.token().reauthNotified() ? null
                : Announcement.tokenDied(reason);
        return new AccountOutcome(account.igUserId(), account.handle(), 0, 0,
                PollOutcome.of(PollOutcome.Kind.TOKEN_DIED), reason, announcement);
    }
}
