package org.instarelay.config;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The web face: the embedded HTTP server for the Instagram callback, feeds, pictures, health and metrics.
 *
 * @param port      {@code http.port}: the port to listen on (default 8080); 0 takes any free port
 *                  (tests); null when the web face is off ({@code http.port=} or {@code off})
 * @param bind      {@code http.bind}: the address to listen on (default {@code 127.0.0.1}), an IP
 *                  address (IPv6 without brackets) or a host name
 * @param publicUrl {@code http.public-url}: the address browsers and websites use, without a
 *                  trailing slash, possibly with a path prefix ({@code https://bot.example.org/relay});
 *                  by default {@code http://127.0.0.1:<port>}. Null when the web face is off. With
 *                  port 0 and no public-url its port is 0 until the server is bound: use
 *                  {@link #publicUrl(int)}
 */
public record HttpSettings(Integer port, String bind, URI publicUrl) {
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_BIND = "127.0.0.1";
    /** Where Instagram sends people back to, under {@link #publicUrl()}. */
    public static final String CALLBACK_PATH = "/instagram/callback";

    /** No web face: for settings built by hand (tests). */
    public static final HttpSettings OFF = new HttpSettings(null, DEFAULT_BIND, null);

    /** Whether the web face runs at all. */
    public boolean enabled() {
        return port != null;
    }

    /**
     * The public address once the server listens on {@code boundPort}: {@link #publicUrl()}, except
     * that the default address of {@code http.port=0} gets the port actually taken.
     */
    public URI publicUrl(int boundPort) {
        if (publicUrl == null || publicUrl.getPort() != 0) {
            return publicUrl;
        }
        try {
            return new URI(publicUrl.getScheme(), null, publicUrl.getHost(), boundPort,
                    publicUrl.getRawPath().isEmpty() ? null : publicUrl.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot happen: only the port changed", e);
        }
    }

    /**
     * {@code path} (starting with /) under the public address, such as
     * {@code https://bot.example.org/relay/feeds/KEY.json}; null when the web face is off.
     */
    public String address(String path) {
        return publicUrl == null ? null : publicUrl + path;
    }

    /** The redirect URI that lets Instagram send people straight back to the bot. */
    public String callbackUri() {
        return address(CALLBACK_PATH);
    }
}
