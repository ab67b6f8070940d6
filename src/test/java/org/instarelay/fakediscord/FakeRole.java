package org.instarelay.fakediscord;

/**
 * A role of a fake guild. The @everyone role has the guild's id (Discord's convention, and how
 * JDA recognises it as the public role).
 *
 * @param id          snowflake
 * @param name        display name
 * @param permissions raw permission bits (see {@link DiscordPermissions})
 * @param position    0 for @everyone, higher is more powerful
 * @param color       RGB, 0 for none
 * @param mentionable whether anyone may ping it; otherwise only holders of Mention Everyone can
 */
public record FakeRole(String id, String name, long permissions, int position, int color, boolean mentionable) {
    /** A role without colour, not mentionable (Discord's default for a new role). */
    public static FakeRole of(String id, String name, long permissions, int position) {
        return new FakeRole(id, name, permissions, position, 0, false);
    }

    /** The same role with "Allow anyone to @mention this role" switched on or off. */
    public FakeRole withMentionable(boolean on) {
        return new FakeRole(id, name, permissions, position, color, on);
    }

    /** The same role with other permission bits. */
    public FakeRole withPermissions(long raw) {
        return new FakeRole(id, name, raw, position, color, mentionable);
    }
}
