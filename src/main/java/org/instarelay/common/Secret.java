package org.instarelay.common;

import java.util.Objects;

/**
 * A credential (bot token, client secret, access token, authorization code) that must never leak.
 *
 * <p>Its {@link #toString()} is redacted, so a secret that ends up in a log line, an exception
 * message or a record's {@code toString()} prints as {@code [redacted]}. The value is only
 * reachable through {@link #reveal()}, which makes every place that sends it somewhere easy to find.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** Wraps a non-null value. */
    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The raw value, for the one place that puts it on the wire or in the database. */
    public String reveal() {
        return value;
    }

    public boolean isBlank() {
        return value.isBlank();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "[redacted]";
    }
}
