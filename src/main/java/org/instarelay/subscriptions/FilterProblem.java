package org.instarelay.subscriptions;

/**
 * Why an option's text cannot be used, in words for the person who typed it.
 *
 * @param option  the option ("only", "skip" or "kinds")
 * @param message what is wrong and what to type instead
 */
public record FilterProblem(String option, String message) {
    /** "only: ..." as one sentence for a reply. */
    @Override
    public String toString() {
        return option + ": " + message;
    }
}
