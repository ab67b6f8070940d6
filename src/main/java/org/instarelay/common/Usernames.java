package org.instarelay.common;

/** Instagram usernames as people type them: with or without the {@code @}, with stray spaces. */
public final class Usernames {
    private Usernames() {}

    /** {@code " @acme "} → {@code "acme"}; null → {@code ""}. */
    public static String bare(String typed) {
        String text = typed == null ? "" : typed.strip();
        return text.startsWith("@") ? text.substring(1).strip() : text;
    }
}
