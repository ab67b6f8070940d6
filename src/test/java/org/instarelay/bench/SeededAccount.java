package org.instarelay.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.instarelay.common.Secret;
import org.instarelay.commands.ServerScope;
import org.instarelay.store.AccountRepository;
import org.instarelay.store.Database;
import org.instarelay.store.Subscription;
import org.instarelay.store.SubscriptionRepository;
import org.instarelay.store.StoreException;
import org.instarelay.testing.FakeInstagram;

/**
 * An account that exists on a {@link FakeInstagram}, with a few posts and a long-lived token the
 * fake accepts.
 *
 * <p>Benchmarks store such accounts the way a finished {@code connect} does
 * ({@link AccountRepository#saveConnected}) instead of running the OAuth exchange a thousand times:
 * the exchange is not what is being measured, and the first cycle still takes every account's
 * baseline through the real collector.
 */
record SeededAccount(String userId, String username, String token) {
    private static final Duration TOKEN_LIFETIME = Duration.ofDays(60);
    /** Instagram user ids are unique; so are these, across every fake of a benchmark run. */
    private static final AtomicLong NEXT_ID = new AtomicLong();

    /** Creates {@code count} accounts on the fake, each with {@code postsEach} posts an hour apart. */
    static List<SeededAccount> create(FakeInstagram instagram, String prefix, int count, int postsEach) {
        Instant now = Instant.now();
        List<SeededAccount> seeded = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String userId = Long.toString(17_841_400_000_000_000L + NEXT_ID.incrementAndGet());
            String username = String.format("%s_%04d", prefix, i);
            instagram.addAccount(userId, username);
            for (int post = postsEach; post >= 1; post--) {
                instagram.publish(userId, now.minus(Duration.ofHours(post)), "Post " + post + " of " + username);
            }
            seeded.add(new SeededAccount(userId, username, instagram.issueLongLivedToken(userId)));
        }
        return seeded;
    }

    /**
     * Stores them as connected and waiting for their baseline, as a connect in the console leaves
     * an account: held by the console's server, posting to its channel.
     */
    static void saveAll(Database database, List<SeededAccount> seeded) throws StoreException {
        AccountRepository accounts = new AccountRepository(database);
        SubscriptionRepository subscriptions = new SubscriptionRepository(database);
        Instant now = Instant.now();
        for (SeededAccount account : seeded) {
            accounts.saveConnected(account.userId(), account.username(), null, "BUSINESS", Secret.of(account.token()),
                    now.plus(TOKEN_LIFETIME), now, "benchmark");
            subscriptions.hold(ServerScope.PLACEHOLDER_HOME, account.userId(), null, "benchmark", now);
        }
    }

    /**
     * Stores them as connected in {@code servers} servers, account {@code i} held by server
     * {@code i % servers} and subscribed to {@code subscriptionsEach} of that server's channels, as
     * connects and {@code subscribe} in each server leave them. Server and channel ids are made-up
     * names: nothing in a cycle asks Discord about them.
     */
    static void saveAll(Database database, List<SeededAccount> seeded, int servers, int subscriptionsEach)
            throws StoreException {
        AccountRepository accounts = new AccountRepository(database);
        SubscriptionRepository subscriptions = new SubscriptionRepository(database);
        Instant now = Instant.now();
        for (int i = 0; i < seeded.size(); i++) {
            SeededAccount account = seeded.get(i);
            String server = "server-" + (i % servers);
            accounts.saveConnected(account.userId(), account.username(), null, "BUSINESS", Secret.of(account.token()),
                    now.plus(TOKEN_LIFETIME), now, "benchmark");
            subscriptions.hold(server, account.userId(), server + "-channel-1", "benchmark", now);
            for (int channel = 2; channel <= subscriptionsEach; channel++) {
                subscriptions.subscribe(server, account.userId(), server + "-channel-" + channel,
                        Subscription.Options.NONE, "benchmark", now);
            }
        }
    }
}
