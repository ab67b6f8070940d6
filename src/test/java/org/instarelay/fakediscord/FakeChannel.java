package org.instarelay.fakediscord;

/**
 * A text channel (Discord type 0) of the fake guild.
 *
 * @param id       snowflake
 * @param name     name without '#'
 * @param position sort position; JDA requires the field
 */
public record FakeChannel(String id, String name, int position) {
    /** Discord's channel type for a guild text channel. */
    public static final int TYPE_TEXT = 0;
}
