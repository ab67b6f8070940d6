package org.instarelay.subscriptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words and hashtags of one {@code only} or {@code skip} option, read from what the user
 * typed: separated by spaces or commas, punctuation around each one dropped, repeats dropped
 * (ignoring case). See {@link FilterTerm} for how each one matches.
 */
final class FilterTerms {
    static final int MAX_TERMS = 100;
    static final int MAX_TERM_LENGTH = 100;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");
    /** Punctuation a term may be wrapped in ("football!", "(#wvu)"); '#' and '_' belong to terms. */
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}&&[^#_]]+|[\\p{P}&&[^_]]+$");
    private static final Pattern TAG_BODY = Pattern.compile(FilterTerm.WORD_CHAR + "+");

    private final List<FilterTerm> terms;

    private FilterTerms(List<FilterTerm> terms) {
        this.terms = List.copyOf(terms);
    }

    /**
     * Reads the option's text.
     *
     * @param option the option's name, for messages
     * @param typed  what the user typed (not null: an option left out is no filter at all)
     * @param into   where a problem is added; then the result is empty
     */
    static Optional<FilterTerms> parse(String option, String typed, List<FilterProblem> into) {
        Map<String, FilterTerm> byKey = new LinkedHashMap<>();
        for (String raw : SEPARATORS.split(typed.strip())) {
            String term = EDGE_PUNCTUATION.matcher(raw).replaceAll("");
            if (raw.isEmpty()) {
                continue;
            }
            Optional<String> wrong = check(term, raw);
            if (wrong.isPresent()) {
                into.add(new FilterProblem(option, wrong.get()));
                return Optional.empty();
            }
            FilterTerm parsed = FilterTerm.of(term);
            byKey.putIfAbsent(parsed.key(), parsed);
        }
        if (byKey.isEmpty()) {
            into.add(new FilterProblem(option, "give at least one word or hashtag, separated by spaces or commas "
                    + "(for example: #gameday, football), or leave " + option + " out."));
            return Optional.empty();
        }
        if (byKey.size() > MAX_TERMS) {
            into.add(new FilterProblem(option, "at most " + MAX_TERMS + " words or hashtags, and this has "
                    + byKey.size() + "; keep the ones that matter most."));
            return Optional.empty();
        }
        return Optional.of(new FilterTerms(new ArrayList<>(byKey.values())));
    }

    private static Optional<String> check(String term, String raw) {
        if (term.isEmpty()) {
            return Optional.of("\"" + raw + "\" has no letters or digits; remove it.");
        }
        if (term.length() > MAX_TERM_LENGTH) {
            return Optional.of("\"" + term.substring(0, 20) + "...\" is " + term.length() + " characters long; "
                    + "a word or hashtag may have at most " + MAX_TERM_LENGTH + ".");
        }
        if (term.startsWith("#") && !TAG_BODY.matcher(term.substring(1)).matches()) {
            return Optional.of("\"" + term + "\" is not a hashtag Instagram would make: a hashtag holds only "
                    + "letters, digits and _ after the #; split it into words or hashtags.");
        }
        return Optional.empty();
    }

    /** The first term the folded caption holds, if any. */
    Optional<FilterTerm> firstFoundIn(String foldedCaption) {
        return terms.stream().filter(t -> t.foundIn(foldedCaption)).findFirst();
    }

    /** "#wvu, football": how the option reads back in {@code status}. */
    @Override
    public String toString() {
        return terms.stream().map(FilterTerm::text).collect(Collectors.joining(", "));
    }
}
