package org.instarelay.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which servers hold which accounts ({@code server_accounts}, with each server's pause) and which
 * channels get their posts ({@code subscriptions}). An unsubscribed channel keeps its row
 * ({@code removed_at}) so {@code history} still answers and subscribing it again sends nothing twice.
 */
public final class SubscriptionRepository {
    /** Why the waiting posts of an unsubscribed channel will not go there. */
    public static final String UNSUBSCRIBED = "unsubscribed";

    private final Database database;

    public SubscriptionRepository(Database database) {
        this.database = database;
    }

    /** What a connect left: the server's subscriptions of the account. */
    public record Hold(List<Subscription> subscriptions, boolean heldBefore) {}

    /**
     * Records that a server holds an account (a connect there) and, when the server has no
     * subscription of it yet, subscribes {@code channelId} (null: the default channel). A connect
     * in a server that already held the account makes {@code by} its connector there: the person to
     * tell directly when its token dies is who connected it last.
     */
    public Hold hold(String guildId, String igUserId, String channelId, String by, Instant now) throws StoreException {
        return database.transaction(transaction -> {
            Connection connection = transaction.connection();
            boolean before = SubscriptionRows.held(connection, guildId, igUserId);
            if (!before) {
                Sql.update(connection, "INSERT INTO server_accounts (guild_id, ig_user_id, connected_by, connected_at)"
                        + " VALUES (?, ?, ?, ?)", guildId, igUserId, by, now.toEpochMilli());
            } else {
                Sql.update(connection, "UPDATE server_accounts SET connected_by = ? WHERE guild_id = ? AND ig_user_id = ?",
                        by, guildId, igUserId);
            }
            if (SubscriptionRows.ofServer(connection, guildId, igUserId).isEmpty()) {
                SubscriptionRows.upsert(connection, guildId, igUserId, channelId, Subscription.Options.NONE, by, now);
            }
            return new Hold(SubscriptionRows.ofServer(connection, guildId, igUserId), before);
        });
    }

    /** Adds the channel, or sets the options of its existing (or earlier removed) subscription. */
    public Subscription subscribe(String guildId, String igUserId, String channelId, Subscription.Options options,
                                  String by, Instant now) throws StoreException {
        return database.transaction(transaction -> SubscriptionRows.upsert(transaction.connection(), guildId, igUserId,
                channelId, options, by, now));
    }

    /** Stops a subscription; its waiting posts are recorded as not going there. */
    public void unsubscribe(long subscriptionId, Instant now) throws StoreException {
        database.transaction(transaction -> {
            SubscriptionRows.remove(transaction.connection(), subscriptionId, UNSUBSCRIBED, now);
            return null;
        });
    }

    /**
     * The server's posts of the account go to this one channel from now on: the subscription there
     * (or the oldest one, moved there, with its waiting posts) stays; the others are removed.
     */
    public Subscription moveTo(String guildId, String igUserId, String channelId, String by, Instant now)
            throws StoreException {
        return database.transaction(transaction -> {
            Connection connection = transaction.connection();
            List<Subscription> current = SubscriptionRows.ofServer(connection, guildId, igUserId);
            Optional<Subscription> there = SubscriptionRows.find(connection, igUserId, channelId);
            Subscription kept;
            if (there.isPresent() || current.isEmpty()) {
                kept = SubscriptionRows.upsert(connection, guildId, igUserId, channelId,
                        there.map(Subscription::options).orElse(Subscription.Options.NONE), by, now);
            } else {
                kept = current.get(0);
                Sql.update(connection, "UPDATE subscriptions SET channel_id = ?, last_error = NULL WHERE id = ?",
                        channelId, kept.id());
                kept = SubscriptionRows.byId(connection, kept.id()).orElseThrow();
            }
            for (Subscription other : current) {
                if (other.id() != kept.id()) {
                    SubscriptionRows.remove(connection, other.id(), "moved to another channel", now);
                }
            }
            return kept;
        });
    }

    /**
     * A server lets go of an account (disconnect there): its subscriptions are removed. Returns how
     * many other servers still hold the account; when none does, this server keeps its hold so its
     * {@code status} shows the account as disconnected, as it always did.
     */
    public int release(String guildId, String igUserId, Instant now) throws StoreException {
        return database.transaction(transaction -> {
            Connection connection = transaction.connection();
            for (Subscription subscription : SubscriptionRows.ofServer(connection, guildId, igUserId)) {
                SubscriptionRows.remove(connection, subscription.id(), "disconnected in this server", now);
            }
            int others = 0;
            for (String holder : SubscriptionRows.holders(connection, igUserId)) {
                if (!holder.equals(guildId) && !SubscriptionRows.ofServer(connection, holder, igUserId).isEmpty()) {
                    others++;
                }
            }
            if (others > 0) {
                Sql.update(connection, "DELETE FROM server_accounts WHERE guild_id = ? AND ig_user_id = ?", guildId, igUserId);
            }
            return others;
        });
    }

    /** A server's own pause of an account. */
    public void setPaused(String guildId, String igUserId, boolean paused) throws StoreException {
        database.write(connection -> Sql.update(connection,
                "UPDATE server_accounts SET paused = ? WHERE guild_id = ? AND ig_user_id = ?", paused ? 1 : 0, guildId,
                igUserId));
    }

    /** The ids of the accounts a server holds. */
    public List<String> accountsOf(String guildId) throws StoreException {
        return database.read(connection -> Sql.strings(connection,
                "SELECT ig_user_id FROM server_accounts WHERE guild_id = ?", guildId));
    }

    /**
     * A server's hold on an account: whether it paused it, and whether it still has an active
     * subscription of it (a server that let go of an account keeps its hold row for history).
     */
    public record ServerHold(String igUserId, boolean paused, boolean active) {}

    /** Every account a server holds, with its pause and whether it is still subscribed: one query. */
    public List<ServerHold> holdsOf(String guildId) throws StoreException {
        return database.read(connection -> {
            try (PreparedStatement statement = Sql.prepare(connection, """
                    SELECT h.ig_user_id, h.paused,
                           CASE WHEN EXISTS (SELECT 1 FROM subscriptions s WHERE s.guild_id = h.guild_id
                                AND s.ig_user_id = h.ig_user_id AND s.removed_at IS NULL) THEN 1 ELSE 0 END AS active
                    FROM server_accounts h WHERE h.guild_id = ?""", guildId);
                 ResultSet rows = statement.executeQuery()) {
                List<ServerHold> holds = new ArrayList<>();
                while (rows.next()) {
                    holds.add(new ServerHold(rows.getString(1), rows.getInt(2) != 0, rows.getInt(3) != 0));
                }
                return holds;
            }
        });
    }

    public boolean paused(String guildId, String igUserId) throws StoreException {
        return database.read(connection -> !Sql.strings(connection,
                "SELECT ig_user_id FROM server_accounts WHERE guild_id = ? AND ig_user_id = ? AND paused = 1",
                guildId, igUserId).isEmpty());
    }

    /**
     * Who connected the account in the server, last: a Discord user id, {@code console}, or null
     * (a hold adopted from an upgraded file may not know).
     */
    public String connectedBy(String guildId, String igUserId) throws StoreException {
        List<String> found = database.read(connection -> Sql.strings(connection,
                "SELECT connected_by FROM server_accounts WHERE guild_id = ? AND ig_user_id = ?", guildId, igUserId));
        // Not stream().findFirst(): the one value may be null.
        return found.isEmpty() ? null : found.get(0);
    }

    /** The servers that hold an account. */
    public List<String> holders(String igUserId) throws StoreException {
        return database.read(connection -> SubscriptionRows.holders(connection, igUserId));
    }

    /** A server's active subscriptions of an account, oldest first. */
    public List<Subscription> ofServer(String guildId, String igUserId) throws StoreException {
        return database.read(connection -> SubscriptionRows.ofServer(connection, guildId, igUserId));
    }

    /** Every active subscription of an account, oldest first; inside a transaction that queues posts. */
    public List<Subscription> active(Transaction transaction, String igUserId) throws SQLException {
        return SubscriptionRows.list(transaction.connection(),
                "SELECT * FROM subscriptions WHERE ig_user_id = ? AND removed_at IS NULL ORDER BY id", igUserId);
    }

    /** Every subscription of a server's account, removed ones too (history shows what they got). */
    public List<Subscription> everOfServer(String guildId, String igUserId) throws StoreException {
        return database.read(connection -> SubscriptionRows.list(connection,
                "SELECT * FROM subscriptions WHERE guild_id = ? AND ig_user_id = ? ORDER BY id", guildId, igUserId));
    }

    /**
     * The server a channel's subscriptions belong to, as an earlier start-up against Discord
     * recorded it; null when none is known (the placeholder home server does not count).
     */
    public String knownServerOf(String channelId, String placeholder) throws StoreException {
        return database.read(connection -> Sql.strings(connection,
                "SELECT guild_id FROM subscriptions WHERE channel_id = ? AND guild_id IS NOT NULL AND guild_id <> ?"
                        + " ORDER BY id", channelId, placeholder)).stream().findFirst().orElse(null);
    }

    /** Why the subscription's last post could not go out; null when it works again. */
    public void recordError(long subscriptionId, String error, Instant now) throws StoreException {
        database.write(connection -> Sql.update(connection,
                "UPDATE subscriptions SET last_error = ?, last_error_at = ? WHERE id = ?", error,
                error == null ? null : now.toEpochMilli(), subscriptionId));
    }

    /** Finds which server a channel is in (through Discord); null when it cannot tell. */
    @FunctionalInterface
    public interface ServerOfChannel {
        String of(String channelId);
    }

    /**
     * Gives subscriptions without a server (an upgraded file) or held by the placeholder home
     * server (the console before the home server was known) their server, and their channel when it
     * was the default one. Returns how many subscriptions changed.
     */
    public int adopt(ServerOfChannel servers, String homeGuildId, String placeholderHome, String defaultChannelId,
                     Instant now) throws StoreException {
        return database.transaction(transaction -> new Adoption(transaction.connection(), servers, homeGuildId,
                placeholderHome, defaultChannelId, now).run());
    }

}
