package org.instarelay.testing;

import java.time.Instant;
import org.instarelay.common.PollOutcome;
import org.instarelay.common.Secret;
import org.instarelay.store.Account;
import org.instarelay.store.AccountState;

/**
 * A stored {@link Account} for tests that render or judge one without a database. By default a
 * business account connected a day before {@code now} by user 42, with a token refreshed an hour
 * ago that lasts 41 more days, polled 3 minutes ago without news, active, not paused, posting to
 * the default channel and past its baseline. A test changes only what it is about.
 */
public final class AccountBuilder {
    private Account.Identity identity;
    private Account.Token token;
    private Account.Health health;
    private AccountState state = AccountState.ACTIVE;
    private boolean paused;
    private String channelId;
    private boolean needsBaseline;

    private AccountBuilder() {}

    /** {@code @username}, connected and healthy as of {@code now}. */
    public static AccountBuilder account(String username, Instant now) {
        AccountBuilder builder = new AccountBuilder();
        builder.identity = new Account.Identity("1784" + Math.abs(username.hashCode()), username,
                "https://cdn.example/profile/" + username + ".jpg", "BUSINESS", now.minusSeconds(86_400), "42");
        builder.token = new Account.Token(Secret.of("IGAAtoken"), now.plusSeconds(41L * 24 * 3600),
                now.minusSeconds(3600), null, false);
        builder.health = new Account.Health(now.minusSeconds(180), PollOutcome.newPosts(0, 0), null, null, null);
        return builder;
    }

    /** {@code account} as it is, to change a part of it. */
    public static AccountBuilder from(Account account) {
        AccountBuilder builder = new AccountBuilder();
        builder.identity = account.identity();
        builder.token = account.token();
        builder.health = account.health();
        builder.state = account.state();
        builder.paused = account.paused();
        builder.channelId = account.channelId();
        builder.needsBaseline = account.needsBaseline();
        return builder;
    }

    public AccountBuilder state(AccountState value) {
        this.state = value;
        return this;
    }

    public AccountBuilder paused(boolean value) {
        this.paused = value;
        return this;
    }

    /** Where its posts go; null for the default channel. */
    public AccountBuilder channel(String id) {
        this.channelId = id;
        return this;
    }

    /** The last poll's problem, as {@link Account.Health#lastError()}. */
    public AccountBuilder lastError(String error) {
        Account.Health h = health;
        this.health = new Account.Health(h.lastPollAt(), h.lastPollOutcome(), error, h.backoffUntil(), h.deliveryError());
        return this;
    }

    public Account build() {
        return new Account(identity, token, health, state, paused, channelId, needsBaseline);
    }
}
