package org.instarelay.fakediscord;

import java.util.List;

/**
 * A user who is a member of the fake guild: the bot itself or a person running commands.
 *
 * @param id       snowflake
 * @param username unique user name (discriminator is always "0", as for migrated accounts)
 * @param bot      whether the account is a bot
 * @param roleIds  role ids besides @everyone, which every member has implicitly
 */
public record FakeMember(String id, String username, boolean bot, List<String> roleIds) {
    public FakeMember {
        roleIds = List.copyOf(roleIds);
    }

    /** A human member with the given roles. */
    public static FakeMember user(String id, String username, String... roleIds) {
        return new FakeMember(id, username, false, List.of(roleIds));
    }

    /** A bot account. */
    public static FakeMember bot(String id, String username) {
        return new FakeMember(id, username, true, List.of());
    }
}
