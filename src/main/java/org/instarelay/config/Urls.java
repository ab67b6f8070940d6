package org.instarelay.config;

import java.util.Locale;

/** Small facts about addresses that several sections need. */
final class Urls {
    private Urls() {}

    /**
     * Whether {@code host} is this machine. Plain http is only acceptable there: anywhere else it
     * would carry tokens and the client secret unencrypted.
     */
    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.equals("localhost")
                || lower.matches("127(\\.\\d{1,3}){3}")
                || lower.equals("::1")
                || lower.equals("[::1]");
    }
}
