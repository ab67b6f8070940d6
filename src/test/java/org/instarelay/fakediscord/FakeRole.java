package org.instarelay.fakediscord;

/**
 * A role of the fake guild. The @everyone role has the guild's id (Discord's convention, and how
 * JDA recognises it as the public role).
 *
 * @param id          snowflake
 * @param name        display name
 * @param permissions raw permission bits (see {@link DiscordPermissions})
 * @param position    0 for @everyone, higher is more powerful
 * @param color       RGB, 0 for none
 */
public record FakeRole(String id, String name, long permissions, int position, int color) {
    /** A role without colour. */
    public static FakeRole of(String id, String name, long permissions, int position) {
        return new FakeRole(id, name, permissions, position, 0);
    }
}
