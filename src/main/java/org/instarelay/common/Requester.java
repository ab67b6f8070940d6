package org.instarelay.common;

/**
 * Who typed a command, as far as the core needs to know.
 *
 * @param userId    a Discord user id, or {@code console}
 * @param guildId   the Discord server, null in the console
 * @param channelId the channel the command was typed in, null in the console
 * @param admin     whether this person may run admin subcommands (Manage Server or the admin role;
 *                  the console operator always may)
 */
public record Requester(String userId, String guildId, String channelId, boolean admin) {

    /** The person at the terminal: they started the process, so they may do everything. */
    public static Requester console() {
        return new Requester("console", null, null, true);
    }
}
