package org.instarelay.commands;

/**
 * How many posts {@code latest [n]} or {@code history [n]} asks for: the default when none is
 * given, and a refusal naming the range when the number is outside it.
 *
 * @param n       the count to show, valid only when {@code refusal} is null
 * @param refusal the reply for a count outside 1 to the maximum, else null
 */
record PostCount(int n, TextReply refusal) {

    static PostCount of(Arguments arguments, String option, int defaultCount, int maxCount) {
        Integer count = arguments.integer(option);
        int n = count == null ? defaultCount : count;
        if (n < 1 || n > maxCount) {
            return new PostCount(0, TextReply.failure("Ask for 1 to " + maxCount + " posts."));
        }
        return new PostCount(n, null);
    }
}
