package org.instarelay.store;

import java.security.SecureRandom;
import java.util.Base64;
import org.instarelay.common.Secret;

/**
 * New feed keys: 192 random bits from {@link SecureRandom}, URL-safe base64 without padding
 * (32 characters), so a key can sit in a path unescaped and cannot be guessed.
 */
final class FeedKeys {
    static final int RANDOM_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private FeedKeys() {}

    static Secret next() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return Secret.of(ENCODER.encodeToString(bytes));
    }
}
