package org.instarelay.collect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.instarelay.instagram.InstagramClient;
import org.instarelay.instagram.InstagramException;
import org.instarelay.instagram.LongLivedToken;
import org.instarelay.store.Account;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.StoreException;
import org.instarelay.view.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps 60-day tokens alive: refreshes each one a week after it was issued or last refreshed, so
 * a token is never closer than 53 days to expiry while refreshing works. When it keeps failing,
 * the channel is warned 7 days and 1 day before the token expires, once each.
 *
 * <p>Instagram refreshes only tokens at least 24 hours old and not yet expired; a week is well past
 * the first rule and far from the second, and leaves seven weeks of daily retries if it fails.
 */
final class TokenKeeper {
    private static final Logger log = LoggerFactory.getLogger(TokenKeeper.class);
    static final Duration REFRESH_EVERY = Duration.ofDays(7);
    private static final int[] WARN_DAYS = {7, 1};

    private final InstagramClient instagram;
    private final AccountRepository accounts;
    private final Retry retry;
    private final Clock clock;

    TokenKeeper(InstagramClient instagram, AccountRepository accounts, Retry retry, Clock clock) {
        this.instagram = instagram;
        this.accounts = accounts;
        this.retry = retry;
        this.clock = clock;
    }

    /** The account with a fresh token if one was due, and a warning to post if refreshing fails late. */
    record Result(Account account, Announcement warning) {}

    /**
     * @throws InstagramException of kind TOKEN_INVALID when the token is dead (expired by the clock or
     *         refused by Instagram); any other refresh failure is retried next cycle, not thrown
     */
    Result refreshIfDue(Account account) throws InstagramException, StoreException, InterruptedException {
        Instant now = clock.instant();
        Instant expires = account.token().expiresAt();
        if (expires != null && !now.isBefore(expires)) {
            throw new InstagramException(InstagramException.Kind.TOKEN_INVALID,
                    "Instagram no longer accepts this account's token: it expired on " + expires
                            + " without being refreshed. The account must be authorized again.");
        }
        Instant issued = account.token().refreshedAt() != null ? account.token().refreshedAt() : account.identity().connectedAt();
        if (issued != null && now.isBefore(issued.plus(REFRESH_EVERY))) {
            return new Result(account, null);
        }
        try {
            LongLivedToken fresh = retry.call(() -> instagram.refresh(account.token().accessToken()));
            accounts.updateToken(account.igUserId(), fresh.accessToken(), now.plus(fresh.expiresIn()), now);
            log.info("Refreshed the token of {}; it now expires {}", account.handle(), now.plus(fresh.expiresIn()));
            return new Result(accounts.find(account.igUserId()).orElse(account), null);
        } catch (InstagramException e) {
            if (e.kind() == InstagramException.Kind.TOKEN_INVALID) {
                throw e;
            }
            log.warn("Refreshing the token of {} failed ({}); trying again next cycle: {}", account.handle(), e.kind(),
                    e.getMessage());
            return new Result(account, warningIfLate(account, e, now));
        }
    }

    private Announcement warningIfLate(Account account, InstagramException e, Instant now) {
        if (account.token().expiresAt() == null) {
            return null;
        }
        Duration left = Duration.between(now, account.token().expiresAt());
        for (int i = WARN_DAYS.length - 1; i >= 0; i--) {
            int days = WARN_DAYS[i];
            boolean within = left.compareTo(Duration.ofDays(days)) <= 0;
            boolean alreadyWarned = account.token().expiryWarnedDays() != null && account.token().expiryWarnedDays() <= days;
            if (within && !alreadyWarned) {
                return new Announcement(Notice.Kind.TOKEN_EXPIRING, e.getMessage(), left, days);
            }
        }
        return null;
    }
}
