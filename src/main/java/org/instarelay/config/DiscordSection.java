package org.instarelay.config;

import static org.instarelay.config.ConfigKeys.DISCORD_ADMIN_ROLE;
import static org.instarelay.config.ConfigKeys.DISCORD_CHANNEL_ID;
import static org.instarelay.config.ConfigKeys.DISCORD_GATEWAY_URL;
import static org.instarelay.config.ConfigKeys.DISCORD_GUILD_ID;
import static org.instarelay.config.ConfigKeys.DISCORD_REST_URL;
import static org.instarelay.config.ConfigKeys.DISCORD_TOKEN;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import okhttp3.HttpUrl;
import org.instarelay.common.Secret;

/** Reads and checks the {@code discord.*} keys. */
final class DiscordSection {
    static final String DEVELOPER_MODE =
            "Turn on Developer Mode (Discord: User Settings > Advanced), then ";
    static final String SNOWFLAKE = "\\d{17,20}";
    static final String COPY_SERVER_ID = "right-click the server icon > Copy Server ID";
    /**
     * Added to what only {@code run} requires: {@code check} validates for {@code run}, and someone
     * who only wants the console should not think these keys stop it.
     */
    static final String RUN_ONLY = " (needed for run only; the console works without it)";

    private DiscordSection() {}

    static DiscordSettings read(Fields fields, ConfigLoader.Mode mode) {
        boolean run = mode == ConfigLoader.Mode.RUN;
        Secret token = token(fields, run);
        String guildId = snowflake(fields, DISCORD_GUILD_ID, DEVELOPER_MODE
                + COPY_SERVER_ID + "; leave it empty to use the server of " + DISCORD_CHANNEL_ID + ".");
        DiscordServers servers = DiscordServersField.read(fields);
        // Optional since the first subscription of an account is the channel where authorize was run.
        String channelId = snowflake(fields, DISCORD_CHANNEL_ID, DEVELOPER_MODE
                + "right-click the channel > Copy Channel ID");
        if (run) {
            DiscordServersField.requireAServer(fields, guildId, channelId, servers);
        }
        return new DiscordSettings(token, guildId, channelId,
                snowflake(fields, DISCORD_ADMIN_ROLE, DEVELOPER_MODE
                        + "open Server Settings > Roles and use the role's menu > Copy Role ID; leave it empty"
                        + " to allow only members with Manage Server."),
                restUrl(fields),
                gatewayUrl(fields),
                servers == null ? DiscordServers.HOME_ONLY : servers);
    }

    /** The token is only required to run the bot: the console works without Discord. */
    private static Secret token(Fields fields, boolean required) {
        String where = "Copy it from the Discord Developer Portal (your application > Bot > Reset Token)";
        String token = required ? fields.required(DISCORD_TOKEN, RUN_ONLY, where) : fields.text(DISCORD_TOKEN);
        if (token == null) {
            return null;
        }
        // Never quote the token: the message says how it is malformed, not what it is.
        if (token.regionMatches(true, 0, "Bot ", 0, 4)) {
            fields.problem(DISCORD_TOKEN, "malformed (it starts with \"Bot \")",
                    "Put only the token itself; the bot adds the \"Bot \" prefix.");
            return null;
        }
        if (token.chars().anyMatch(Character::isWhitespace)) {
            fields.problem(DISCORD_TOKEN, "malformed (a bot token contains no spaces)",
                    where + ", and paste it as one piece.");
            return null;
        }
        return Secret.of(token);
    }

    /** Discord ids are snowflakes: 17 to 20 digits today (they grow with time, never shrink). */
    private static String snowflake(Fields fields, String key, String howToCopy) {
        String value = fields.text(key);
        if (value == null) {
            return null;
        }
        if (!value.matches(SNOWFLAKE)) {
            String fix = howToCopy.endsWith(".") ? howToCopy : howToCopy + ".";
            fields.problem(key, Fields.quote(value) + " is not a Discord id (17 to 20 digits)", fix);
            return null;
        }
        return value;
    }

    /** JDA resolves routes against this base, so it must end with '/' or the last segment is lost. */
    private static String restUrl(Fields fields) {
        String value = fields.text(DISCORD_REST_URL);
        if (value == null) {
            return null;
        }
        String withSlash = value.endsWith("/") ? value : value + "/";
        HttpUrl url = HttpUrl.parse(withSlash);
        String fix = "Use an address such as http://127.0.0.1:8080/api/v10/, or leave it empty for Discord itself.";
        if (url == null) {
            fields.problem(DISCORD_REST_URL, Fields.quote(value) + " is not an http or https URL", fix);
            return null;
        }
        if (url.query() != null || url.fragment() != null) {
            fields.problem(DISCORD_REST_URL, Fields.quote(value) + " has a query or fragment", fix);
            return null;
        }
        fields.warnIfUnencrypted(DISCORD_REST_URL, url.isHttps(), url.host());
        return withSlash;
    }

    /** JDA appends its own {@code ?encoding=json&v=10}, so the address must not carry a query. */
    private static String gatewayUrl(Fields fields) {
        String value = fields.text(DISCORD_GATEWAY_URL);
        if (value == null) {
            return null;
        }
        String fix = "Use an address such as ws://127.0.0.1:8081/, or leave it empty for Discord itself.";
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("ws") && !scheme.equals("wss") || uri.getHost() == null) {
                fields.problem(DISCORD_GATEWAY_URL, Fields.quote(value) + " is not a ws or wss URL", fix);
                return null;
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                fields.problem(DISCORD_GATEWAY_URL, Fields.quote(value) + " has a query or fragment", fix);
                return null;
            }
            fields.warnIfUnencrypted(DISCORD_GATEWAY_URL, scheme.equals("wss"), uri.getHost());
            return value;
        } catch (URISyntaxException e) {
            fields.problem(DISCORD_GATEWAY_URL, Fields.quote(value) + " is not a ws or wss URL", fix);
            return null;
        }
    }
}
