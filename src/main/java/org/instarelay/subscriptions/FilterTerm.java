package org.instarelay.subscriptions;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One word or hashtag of an {@code only} or {@code skip} option, matched case-insensitively against
 * a caption as a whole word or a whole tag.
 *
 * <ul>
 *   <li>A hashtag ({@code #wvu}) matches the tag {@code #wvu} and not {@code #wvufootball}: the tag
 *       must end where the letters, digits and underscores after it end (Instagram's own rule for
 *       where a tag ends). It matches wherever a '#' starts it, also glued to a word
 *       ({@code go#wvu}), so a tag typed without a space is not missed. It does not match the bare word
 *       {@code wvu}: asking for the tag means the tag.</li>
 *   <li>A plain word ({@code football}) matches that whole word and not {@code footballs}; it
 *       also matches the word written as a tag ({@code #football}), since people who ask for
 *       "football" mean both. Punctuation around a word ({@code football!}, {@code (football)},
 *       {@code football's}) does not stop it matching.</li>
 * </ul>
 * Letters are any script's (é, ü, ß), compared after Unicode normalisation (NFC), so a
 * caption typed with combining accents still matches.
 */
final class FilterTerm {
    /** What may continue a word or a tag: letters, combining marks, digits, underscore. */
    static final String WORD_CHAR = "[\\p{L}\\p{M}\\p{N}_]";

    private final String text;
    private final Pattern pattern;

    private FilterTerm(String text, Pattern pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    /** A term from already-checked text: a hashtag if it starts with '#'. */
    static FilterTerm of(String checked) {
        String folded = fold(checked);
        String body = Pattern.quote(folded) + "(?!" + WORD_CHAR + ")";
        String before = folded.startsWith("#") ? "" : "(?<!" + WORD_CHAR + ")";
        return new FilterTerm(checked, Pattern.compile(before + body));
    }

    /** NFC, then lower case without a locale's special rules. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** True if the already {@link #fold folded} caption holds this term. */
    boolean foundIn(String foldedCaption) {
        return pattern.matcher(foldedCaption).find();
    }

    /** The term as the user typed it (punctuation around it removed). */
    String text() {
        return text;
    }

    /** The same term ignoring case and normalisation, to drop repeats. */
    String key() {
        return fold(text);
    }
}
