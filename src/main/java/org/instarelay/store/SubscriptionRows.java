package org.instarelay.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The statements on subscription rows that several operations compose inside one transaction. */
final class SubscriptionRows {
    private SubscriptionRows() {}

    static boolean held(Connection connection, String guildId, String igUserId) throws SQLException {
        return !Sql.strings(connection, "SELECT ig_user_id FROM server_accounts WHERE guild_id = ? AND ig_user_id = ?",
                guildId, igUserId).isEmpty();
    }

    static List<String> holders(Connection connection, String igUserId) throws SQLException {
        return Sql.strings(connection, "SELECT guild_id FROM server_accounts WHERE ig_user_id = ? ORDER BY connected_at",
                igUserId);
    }

    static List<Subscription> ofServer(Connection connection, String guildId, String igUserId) throws SQLException {
        return list(connection, "SELECT * FROM subscriptions WHERE guild_id = ? AND ig_user_id = ? AND removed_at IS NULL"
                + " ORDER BY id", guildId, igUserId);
    }

    static Optional<Subscription> find(Connection connection, String igUserId, String channelId) throws SQLException {
        return list(connection, "SELECT * FROM subscriptions WHERE ig_user_id = ? AND COALESCE(channel_id, '') = ?",
                igUserId, channelId == null ? "" : channelId).stream().findFirst();
    }

    static Optional<Subscription> byId(Connection connection, long id) throws SQLException {
        return list(connection, "SELECT * FROM subscriptions WHERE id = ?", id).stream().findFirst();
    }

    /** Inserts the (account, channel) subscription, or revives and updates the one there is. */
    static Subscription upsert(Connection connection, String guildId, String igUserId, String channelId,
                               Subscription.Options options, String by, Instant now) throws SQLException {
        Optional<Subscription> existing = find(connection, igUserId, channelId);
        if (existing.isPresent()) {
            // Revived: created_at moves on only when it had been removed, so it gets posts from now on.
            boolean revived = !existing.get().active();
            Sql.update(connection, "UPDATE subscriptions SET guild_id = ?, mention_role_id = ?,"
                            + " only_terms = ?, skip_terms = ?, kinds = ?, removed_at = NULL,"
                            + " created_at = CASE WHEN ? = 1 THEN ? ELSE created_at END WHERE id = ?",
                    guildId, options.mentionRoleId(), options.only(), options.skip(), options.kinds(), revived ? 1 : 0,
                    now.toEpochMilli(), existing.get().id());
            return byId(connection, existing.get().id()).orElseThrow();
        }
        Sql.update(connection, "INSERT INTO subscriptions (guild_id, ig_user_id, channel_id,"
                        + " mention_role_id, only_terms, skip_terms, kinds, created_at, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                guildId, igUserId, channelId, options.mentionRoleId(), options.only(), options.skip(), options.kinds(),
                now.toEpochMilli(), by);
        return find(connection, igUserId, channelId).orElseThrow();
    }

    /** Marks it removed; its waiting posts become SKIPPED with the reason, so history says why. */
    static void remove(Connection connection, long id, String reason, Instant now) throws SQLException {
        Sql.update(connection, "UPDATE subscriptions SET removed_at = ? WHERE id = ?",
                now.toEpochMilli(), id);
        Sql.update(connection, "UPDATE deliveries SET state = 'SKIPPED', skip_option = ?,"
                + " updated_at = ? WHERE subscription_id = ? AND state = 'PENDING'", reason, now.toEpochMilli(), id);
    }

    static List<Subscription> list(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = Sql.prepare(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
            List<Subscription> result = new ArrayList<>();
            while (rows.next()) {
                result.add(read(rows, ""));
            }
            return result;
        }
    }

    /** A subscription from a row whose columns carry {@code prefix} (joins alias them). */
    static Subscription read(ResultSet rows, String prefix) throws SQLException {
        return new Subscription(rows.getLong(prefix + "id"), rows.getString(prefix + "guild_id"),
                rows.getString(prefix + "ig_user_id"), rows.getString(prefix + "channel_id"),
                rows.getString(prefix + "mention_role_id"), rows.getString(prefix + "only_terms"),
                rows.getString(prefix + "skip_terms"), Objects.requireNonNullElse(rows.getString(prefix + "kinds"), "all"),
                Sql.instant(rows, prefix + "created_at"), rows.getString(prefix + "last_error"),
                Sql.instant(rows, prefix + "removed_at"));
    }
}
