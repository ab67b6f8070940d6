package org.instarelay.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Gives subscriptions their server once it can be known, inside one transaction: those an upgrade
 * made without one (SQL cannot ask Discord), and those the console made for the placeholder home
 * server before the bot ever met Discord. A server found through Discord (the channel's server)
 * wins; else the home server. Each server gets its hold on the account, with the pause it had.
 */
final class Adoption {
    private final Connection connection;
    private final SubscriptionRepository.ServerOfChannel servers;
    private final String home;
    private final String placeholder;
    private final String defaultChannel;
    private final Instant now;

    Adoption(Connection connection, SubscriptionRepository.ServerOfChannel servers, String home, String placeholder,
             String defaultChannel, Instant now) {
        this.connection = connection;
        this.servers = servers;
        this.home = home;
        this.placeholder = placeholder;
        this.defaultChannel = defaultChannel;
        this.now = now;
    }

    int run() throws SQLException {
        if (defaultChannel != null) {
            // "The default channel" becomes the channel it is, unless the account is subscribed there already.
            Sql.update(connection, "UPDATE subscriptions SET channel_id = ? WHERE channel_id IS NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM subscriptions o WHERE o.ig_user_id = subscriptions.ig_user_id"
                    + " AND o.channel_id = ?)", defaultChannel, defaultChannel);
        }
        int changed = 0;
        for (Subscription orphan : SubscriptionRows.list(connection,
                "SELECT * FROM subscriptions WHERE guild_id IS NULL ORDER BY id")) {
            String guild = serverOf(orphan);
            if (guild == null) {
                continue;
            }
            // The pause and who connected come from the account row the old release kept.
            Sql.update(connection, "INSERT INTO server_accounts (guild_id, ig_user_id, paused,"
                    + " connected_by, connected_at) SELECT ?, ig_user_id, paused, connected_by, connected_at FROM accounts"
                    + " WHERE ig_user_id = ? ON CONFLICT DO NOTHING", guild, orphan.igUserId());
            changed += Sql.update(connection, "UPDATE subscriptions SET guild_id = ? WHERE id = ?",
                    guild, orphan.id());
        }
        if (home != null && placeholder != null && !home.equals(placeholder)) {
            changed += adoptPlaceholder();
        }
        return changed;
    }

    private int adoptPlaceholder() throws SQLException {
        int changed = 0;
        List<Subscription> held = SubscriptionRows.list(connection,
                "SELECT * FROM subscriptions WHERE guild_id = ? ORDER BY id", placeholder);
        for (Subscription subscription : held) {
            String guild = Objects.requireNonNullElse(serverOf(subscription), home);
            Sql.update(connection, "INSERT INTO server_accounts (guild_id, ig_user_id, paused,"
                    + " connected_by, connected_at) SELECT ?, ig_user_id, paused, connected_by, connected_at"
                    + " FROM server_accounts WHERE guild_id = ? AND ig_user_id = ? ON CONFLICT DO NOTHING",
                    guild, placeholder, subscription.igUserId());
            changed += Sql.update(connection, "UPDATE subscriptions SET guild_id = ? WHERE id = ?",
                    guild, subscription.id());
        }
        Sql.update(connection, "DELETE FROM server_accounts WHERE guild_id = ?", placeholder);
        return changed;
    }

    private String serverOf(Subscription subscription) {
        String channel = subscription.channelId();
        String found = channel == null ? null : servers.of(channel);
        if (found != null) {
            return found;
        }
        return home != null ? home : placeholder;
    }
}
