package org.instarelay.discord;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes outside text (an Instagram caption) safe to show in a Discord message: markdown shown as
 * typed, mentions that cannot ping, and a length that fits.
 *
 * <p>Instagram has no markdown, so a caption's {@code *}, {@code _} or {@code #} are meant
 * literally; unescaped, "*new* drop_2024" would turn italic. Mentions are made inert with a
 * zero-width space rather than relying on {@code allowed_mentions} alone, so that a caption cannot
 * ping even if a message is ever sent with JDA's default (which allows everything).
 */
final class DiscordMarkdown {
    static final String ELLIPSIS = "…";
    /** Invisible; breaks the pattern Discord looks for without changing what a reader sees. */
    static final char ZERO_WIDTH_SPACE = '\u200B';

    /** Characters that mean markdown anywhere in a line. */
    private static final String INLINE = "\\*_~`|[]";
    /** A URL is copied as it is: a backslash inside it would change the address. */
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    /** Markers that mean something only at the start of a line: quote, heading, list, subtext. */
    private static final Pattern LINE_START = Pattern.compile("(?m)^([ \\t]*)(>|#|-|\\+|\\d+(?=\\.))");
    private static final Pattern EVERYONE = Pattern.compile("@(everyone|here)", Pattern.CASE_INSENSITIVE);
    /** User {@code <@id>} / {@code <@!id>}, role {@code <@&id>}, channel {@code <#id>}, command {@code </x:id>}. */
    private static final Pattern ANGLE_MENTION = Pattern.compile("<(?=[@#/])");

    private DiscordMarkdown() {}

    /** {@link #inert} and {@link #escape}, then {@link #cut} to {@code limit}: what a caption needs. */
    static String caption(String text, int limit) {
        return cut(escape(inert(text)), limit);
    }

    /** The text with every markdown character backslash-escaped, URLs left as they are. */
    static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        Matcher url = URL.matcher(text);
        int plain = 0;
        while (url.find()) {
            out.append(escapePlain(text.substring(plain, url.start())));
            out.append(url.group());
            plain = url.end();
        }
        out.append(escapePlain(text.substring(plain)));
        return out.toString();
    }

    private static String escapePlain(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        // "1." becomes "1\." and "> " becomes "\> ": the marker stays visible, its meaning goes.
        // Discord shows a backslash before any punctuation as just the punctuation, so escaping
        // a marker that would not have meant anything (after a URL, say) changes nothing seen.
        Matcher m = LINE_START.matcher(out);
        StringBuilder done = new StringBuilder(out.length() + 4);
        while (m.find()) {
            String marker = m.group(2);
            String escaped = Character.isDigit(marker.charAt(0)) ? marker + "\\" : "\\" + marker;
            m.appendReplacement(done, Matcher.quoteReplacement(m.group(1) + escaped));
        }
        m.appendTail(done);
        return done.toString();
    }

    /**
     * The text with {@code @everyone}, {@code @here} (any case) and {@code <@id>}, {@code <@!id>},
     * {@code <@&id>}, {@code <#id>} broken by a zero-width space, so they show but never ping.
     */
    static String inert(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Matcher everyone = EVERYONE.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 8);
        while (everyone.find()) {
            everyone.appendReplacement(out, Matcher.quoteReplacement("@" + ZERO_WIDTH_SPACE + everyone.group(1)));
        }
        everyone.appendTail(out);
        return ANGLE_MENTION.matcher(out).replaceAll("<" + ZERO_WIDTH_SPACE);
    }

    /**
     * At most {@code limit} chars (UTF-16 units, as JDA counts Text Display text; never more than
     * Discord's count in characters): the text itself when it fits, else its start, without
     * trailing spaces, plus "…". Never ends inside a surrogate pair (half an emoji is invalid
     * text) nor on the backslash of an escape (which would escape the ellipsis instead).
     */
    static String cut(String text, int limit) {
        if (text == null) {
            return "";
        }
        if (text.length() <= limit) {
            return text;
        }
        if (limit < ELLIPSIS.length()) {
            return "";
        }
        int end = limit - ELLIPSIS.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        if (trailingBackslashes(text, end) % 2 == 1) {
            end--; // the escape and the character it escapes go together, or not at all
        }
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    private static int trailingBackslashes(String text, int end) {
        int count = 0;
        while (end - count > 0 && text.charAt(end - count - 1) == '\\') {
            count++;
        }
        return count;
    }
}
