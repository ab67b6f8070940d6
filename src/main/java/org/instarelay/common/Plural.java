package org.instarelay.common;

/** Counted nouns in English: "1 post", "3 posts". */
public final class Plural {
    private Plural() {}

    public static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
