package org.instarelay.pictures;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Which redirects a picture download follows (the download client follows none by itself): at
 * most {@link #MAX_REDIRECTS}, each to the same host or to an https address, never from https
 * down to http, never into an address class the download did not start in (public to
 * loopback, private, link-local or unspecified), and never to a multicast, broadcast or reserved
 * address ({@link AddressClass#NEVER}). A download that starts on loopback may stay
 * there, which is where the tests' fakes listen.
 */
final class RedirectRule {
    /** Instagram's CDN redirects once at most; a longer chain is not a picture. */
    static final int MAX_REDIRECTS = 3;

    private RedirectRule() {
    }

    /**
     * Why hop number {@code hop} (from 1), from {@code from} to {@code to} whose host resolved to
     * {@code target}, is not followed; empty when it is. {@code origin} holds the classes of the
     * addresses the download started at. The reason names hosts only: addresses carry signatures.
     */
    static Optional<String> refusal(int hop, HttpUrl from, HttpUrl to, Set<AddressClass> origin,
                                    List<InetAddress> target) {
        if (hop > MAX_REDIRECTS) {
            return Optional.of("redirected more than " + MAX_REDIRECTS + " times");
        }
        boolean sameHost = from.host().equalsIgnoreCase(to.host());
        if (from.isHttps() && !to.isHttps()) {
            return Optional.of("redirected from https down to http (" + to.host() + ")");
        }
        if (!sameHost && !to.isHttps()) {
            return Optional.of("redirected to another host over http (" + to.host() + ")");
        }
        for (InetAddress address : target) {
            AddressClass kind = AddressClass.of(address);
            if (kind == AddressClass.NEVER) {
                return Optional.of("redirected to a multicast or reserved address (" + to.host() + ")");
            }
            if (kind != AddressClass.PUBLIC && !origin.contains(kind)) {
                return Optional.of("redirected to a " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                        + " address (" + to.host() + ")");
            }
        }
        return Optional.empty();
    }
}
