package org.instarelay.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The rules Instagram applies to an OAuth redirect URI, checked before anyone gets an authorize
 * link that can only fail.
 */
final class RedirectUris {
    private RedirectUris() {}

    /** What is wrong with {@code text} as a redirect URI (to follow the quoted value), or null if nothing. */
    static String problem(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return "is not a URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return "is not an absolute https URL";
        }
        if (scheme.equals("http") && !Urls.isLoopback(uri.getHost())) {
            return "uses http; Instagram accepts http only for localhost and 127.0.0.1, so use https";
        }
        // Instagram appends "#_" to the redirect itself; a fragment of our own would break it.
        if (uri.getRawFragment() != null) {
            return "has a fragment (#...), which a redirect URI cannot have";
        }
        return null;
    }
}
