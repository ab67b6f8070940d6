package org.instarelay.config;

import okhttp3.HttpUrl;

/**
 * Reads one setting at a time for the sections, turning a bad value into a {@link ConfigProblem}
 * instead of an exception so that loading carries on and finds the rest.
 *
 * <p>Every method returns null (or the default) for a value it could not use; the caller builds
 * its record anyway, and {@link ConfigLoader} throws before such a record escapes.
 */
final class Fields {
    private final RawConfig raw;
    private final Findings findings;

    Fields(RawConfig raw, Findings findings) {
        this.raw = raw;
        this.findings = findings;
    }

    /**
     * The value, or null when unset. A value wrapped in quotes is refused here, once for every key:
     * a properties file keeps quotes as part of the value, which people copying from a
     * {@code .env} file or a shell do not expect.
     */
    String text(String key) {
        String value = raw.get(key).orElse(null);
        if (value != null && value.length() >= 2 && isQuote(value.charAt(0))
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            problem(key, "the value is wrapped in quotes, which would become part of it",
                    "Remove the quotes.");
            return null;
        }
        return value;
    }

    /** The value, or null after recording that it is missing and {@code whereToFindIt}. */
    String required(String key, String whereToFindIt) {
        String value = text(key);
        if (value == null && !findings.hasProblem(key)) {
            findings.missing(new ConfigProblem(key, "missing",
                    whereToFindIt + ", or set " + ConfigKeys.environmentVariable(key) + "."));
        }
        return value;
    }

    /** An integer in {@code [min, max]}, the default when unset, or the default after a problem. */
    int integer(String key, int defaultValue, int min, int max) {
        String value = text(key);
        if (value == null) {
            return defaultValue;
        }
        String range = "Use a whole number from " + min + " to " + max + " (default " + defaultValue + ").";
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                problem(key, number + " is out of range", range);
                return defaultValue;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(key, quote(value) + " is not a whole number", range);
            return defaultValue;
        }
    }

    /**
     * An http or https address, {@code defaultValue} when unset. Plain http to another machine is
     * allowed (a proxy may need it) but warned about, since these addresses receive secrets.
     */
    HttpUrl httpUrl(String key, String defaultValue) {
        String value = text(key);
        if (value == null) {
            return findings.hasProblem(key) ? null : HttpUrl.get(defaultValue);
        }
        HttpUrl url = HttpUrl.parse(value);
        if (url == null) {
            problem(key, quote(value) + " is not an http or https URL",
                    "Leave it empty for the default, " + defaultValue + ".");
            return null;
        }
        warnIfUnencrypted(key, url.isHttps(), url.host());
        return url;
    }

    void warnIfUnencrypted(String key, boolean encrypted, String host) {
        if (!encrypted && !Urls.isLoopback(host)) {
            warning(key, "plain http to " + host + " sends tokens and secrets unencrypted; use https"
                    + " unless this is a proxy on a network you trust.");
        }
    }

    /** Records a problem, saying so when the bad value came from the environment. */
    void problem(String key, String message, String fix) {
        String where = raw.fromEnvironment(key)
                ? " (the value comes from " + ConfigKeys.environmentVariable(key) + ")"
                : "";
        findings.problem(new ConfigProblem(key, message + where, fix));
    }

    void warning(String key, String message) {
        findings.warning(key + ": " + message);
    }

    /** Quotes a value for a message. Never call this with a secret. */
    static String quote(String value) {
        return '"' + value + '"';
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }
}
