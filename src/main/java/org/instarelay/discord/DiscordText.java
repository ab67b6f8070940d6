package org.instarelay.discord;

/**
 * Discord's length limits, and cutting text to fit them.
 *
 * <p>Discord rejects a whole message (HTTP 400) when one part is too long, so every text that
 * comes from outside (captions, error words, usernames) is cut before it reaches a builder.
 */
final class DiscordText {
    /** Message content. */
    static final int CONTENT = 2000;
    /** Embed description. */
    static final int DESCRIPTION = 4096;
    /** Embed title, author name and field name. */
    static final int TITLE = 256;
    /** Embed field value. */
    static final int FIELD = 1024;
    /** Everything in all embeds of one message, counted together. */
    static final int EMBEDS_TOTAL = 6000;

    private static final String ELLIPSIS = "…";

    private DiscordText() {}

    /**
     * The text, or its start plus "…" when it is longer than {@code limit}. Never splits a
     * surrogate pair: half an emoji is an invalid string that Discord refuses.
     */
    static String cut(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        int end = limit - ELLIPSIS.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, Math.max(end, 0)) + ELLIPSIS;
    }

    /** A channel as Discord shows it in text: {@code <#123>} renders as #name. */
    static String channelMention(String channelId) {
        return "<#" + channelId + ">";
    }

    /** A role as Discord shows it in text: {@code <@&123>} renders as @name (and pings where allowed). */
    static String roleMention(String roleId) {
        return "<@&" + roleId + ">";
    }

    /** A time Discord renders in each reader's own time zone; style f = date and time, R = relative. */
    static String timestamp(java.time.Instant instant, char style) {
        return "<t:" + instant.getEpochSecond() + ":" + style + ">";
    }
}
