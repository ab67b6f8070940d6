package org.instarelay.config;

import static org.instarelay.config.ConfigKeys.DISCORD_CHANNEL_ID;
import static org.instarelay.config.ConfigKeys.DISCORD_GUILD_ID;
import static org.instarelay.config.ConfigKeys.DISCORD_SERVERS;
import static org.instarelay.config.DiscordSection.COPY_SERVER_ID;
import static org.instarelay.config.DiscordSection.DEVELOPER_MODE;

import java.util.LinkedHashSet;
import java.util.Set;

/** Reads {@code discord.servers}, and checks that some server can use the bot at all. */
final class DiscordServersField {
    private DiscordServersField() {}

    /** {@code *}, or server ids separated by commas (and spaces); the entry at fault is named. */
    static DiscordServers read(Fields fields) {
        String value = fields.text(DISCORD_SERVERS);
        if (value == null) {
            return fields.hasProblem(DISCORD_SERVERS) ? null : DiscordServers.HOME_ONLY;
        }
        String fix = "List server ids separated by commas (with Developer Mode on, "
                + COPY_SERVER_ID + "), write * for any server, or leave it empty for the server of "
                + DISCORD_GUILD_ID + " (else of " + DISCORD_CHANNEL_ID + ").";
        if (value.equals("*")) {
            return DiscordServers.ANY;
        }
        Set<String> ids = new LinkedHashSet<>();
        int position = 0;
        for (String entry : value.split("[,\\s]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            position++;
            if (entry.equals("*")) {
                fields.problem(DISCORD_SERVERS, "mixes * with server ids", "Write * alone for any server, or list"
                        + " only the ids.");
                return null;
            }
            if (!entry.matches(DiscordSection.SNOWFLAKE)) {
                fields.problem(DISCORD_SERVERS, "entry " + position + ", " + Fields.quote(entry)
                        + ", is not a Discord server id (17 to 20 digits)", fix);
                return null;
            }
            ids.add(entry);
        }
        return new DiscordServers(false, ids);
    }

    /**
     * With no list, the home server is the only one allowed; without guild-id and channel-id there
     * is no home server, and a bot no server may use is a setup mistake worth stopping for.
     */
    static void requireAServer(Fields fields, String guildId, String channelId, DiscordServers servers) {
        boolean noneNamed = guildId == null && channelId == null && servers != null && servers.homeOnly();
        if (noneNamed && !fields.hasProblem(DISCORD_GUILD_ID) && !fields.hasProblem(DISCORD_CHANNEL_ID)) {
            fields.missing(DISCORD_GUILD_ID, "missing, and neither " + DISCORD_SERVERS + " nor "
                            + DISCORD_CHANNEL_ID + " names a server, so no server could use the bot"
                            + DiscordSection.RUN_ONLY,
                    DEVELOPER_MODE + COPY_SERVER_ID + " and set it here (or set "
                            + ConfigKeys.environmentVariable(DISCORD_GUILD_ID) + "); or list the servers in "
                            + DISCORD_SERVERS + ", or * for any server.");
        }
    }
}
