package org.instarelay.web;

import java.util.Objects;

/**
 * What the web face needs from the configuration. Phase 2 fills it from {@code http.port},
 * {@code http.bind}, {@code http.public-url} and {@code pictures.max-size}.
 *
 * @param port the TCP port to listen on; 0 picks a free one (tests)
 * @param bind the address to listen on, such as {@code 127.0.0.1}
 * @param publicUrl the address browsers and websites use, without a trailing slash
 * @param maxPictureBytes the budget of kept pictures on disk
 */
public record WebSettings(int port, String bind, String publicUrl, long maxPictureBytes) {
    public WebSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(publicUrl, "publicUrl");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535");
        }
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
