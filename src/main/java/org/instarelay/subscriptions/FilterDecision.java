package org.instarelay.subscriptions;

/**
 * Whether a post goes to a subscription, and why, as data: {@code history} turns it into words
 * ("left out (skip: #ad)") and the delivery table can store option and detail as they are.
 *
 * @param passed whether the post goes out
 * @param option the option that decided: for a post left out the one that left it out; for a
 *               post passed {@link FilterOption#ONLY} when an {@code only} word let it through,
 *               else null
 * @param detail the word or hashtag that matched, or for {@code kinds} the kind of post, or for an
 *               {@code only} that matched nothing the list it looked for; null when none
 */
public record FilterDecision(boolean passed, FilterOption option, String detail) {
    /** No filter stood in the way. */
    public static final FilterDecision PASSED = new FilterDecision(true, null, null);

    static FilterDecision passedBecause(FilterOption option, String detail) {
        return new FilterDecision(true, option, detail);
    }

    static FilterDecision leftOut(FilterOption option, String detail) {
        return new FilterDecision(false, option, detail);
    }

    /** E.g. "passed", "passed (only: #wvu)", "left out (skip: #ad)", "left out (kinds: photos only; this is a video)". */
    public String describe() {
        String verdict = passed ? "passed" : "left out";
        if (option == null) {
            return verdict;
        }
        return verdict + " (" + option.label() + (detail == null ? "" : ": " + detail) + ")";
    }
}
