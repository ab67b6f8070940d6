package org.instarelay.fakediscord;

import java.util.Collection;

/**
 * Permission bits as Discord numbers them (the same values JDA's {@code Permission#getRawValue()}
 * returns; {@code FakeDiscordTest} checks that they agree).
 */
public final class DiscordPermissions {
    public static final long ADMINISTRATOR = 1L << 3;
    /** "Manage Server" in the client, MANAGE_GUILD in the API, MANAGE_SERVER in JDA. */
    public static final long MANAGE_SERVER = 1L << 5;
    public static final long VIEW_CHANNEL = 1L << 10;
    public static final long SEND_MESSAGES = 1L << 11;
    public static final long EMBED_LINKS = 1L << 14;
    public static final long ATTACH_FILES = 1L << 15;
    public static final long READ_MESSAGE_HISTORY = 1L << 16;
    /** Lets a member ping @everyone, @here and roles that are not mentionable. */
    public static final long MENTION_EVERYONE = 1L << 17;
    public static final long USE_APPLICATION_COMMANDS = 1L << 31;

    /**
     * What the fake's @everyone role grants unless told otherwise: 117760. JDA checks permissions
     * locally before it sends anything, so the bot (which only has @everyone) needs view + send +
     * embed links (19456) to post an embed, ATTACH_FILES (total 52224) to upload the picture, and
     * READ_MESSAGE_HISTORY for {@code getHistory()}/{@code retrieveMessageById}.
     */
    public static final long DEFAULT_EVERYONE =
            VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | ATTACH_FILES | READ_MESSAGE_HISTORY;

    /** Every bit Discord defines today (0 to 50); what an administrator is given. */
    public static final long ALL = (1L << 51) - 1;

    private DiscordPermissions() {}

    /** The permissions of someone holding these roles (@everyone included by the caller). */
    public static long combine(Collection<FakeRole> roles) {
        long raw = 0;
        for (FakeRole role : roles) {
            raw |= role.permissions();
        }
        return (raw & ADMINISTRATOR) != 0 ? ALL : raw;
    }
}
