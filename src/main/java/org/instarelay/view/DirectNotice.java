package org.instarelay.view;

/**
 * A notice for one person, in a direct message rather than a channel: the person who connected
 * an account in a server hears what that server's channel is told, with the server named.
 *
 * @param notice  what the server's channel is told
 * @param userId  the Discord user to tell
 * @param guildId the server the notice is about, which the face names
 */
public record DirectNotice(Notice notice, String userId, String guildId) {}
