package org.instarelay.subscriptions;

/** The subscription options a filter decision can name, with the name a user sees. */
public enum FilterOption {
    ONLY("only"),
    SKIP("skip"),
    KINDS("kinds"),
    /** Not an option: trial reels are never posted, whatever the options say. */
    TRIAL_REEL("trial reel");

    private final String label;

    FilterOption(String label) {
        this.label = label;
    }

    /** The option's name as typed in {@code /instagram subscribe}. */
    public String label() {
        return label;
    }
}
