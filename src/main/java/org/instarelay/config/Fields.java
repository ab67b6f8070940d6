package org.instarelay.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Reads one setting at a time for the sections, turning a bad value into a {@link ConfigProblem}
 * instead of an exception so that loading carries on and finds the rest.
 *
 * <p>Every method returns null (or the default) for a value it could not use; the caller builds
 * its record anyway, and {@link ConfigLoader} throws before such a record escapes.
 *
 * <p>It also holds the rules about addresses that several sections share (what counts as this
 * machine, what Instagram accepts as a redirect URI), since those rules decide what a field says.
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

    /** Whether a problem was recorded for {@code key}, such as quotes that made {@link #text} return null. */
    boolean hasProblem(String key) {
        return findings.hasProblem(key);
    }

    /** Whether the file writes {@code key=} with an empty value (which usually just means "the default"). */
    boolean writtenEmpty(String key) {
        return raw.emptyInFile(key);
    }

    /** The value, or null after recording that it is missing and {@code whereToFindIt}. */
    String required(String key, String whereToFindIt) {
        return required(key, "", whereToFindIt);
    }

    /**
     * As {@link #required(String, String)}, with {@code note} (such as " (needed for ...)") put
     * right after "missing".
     */
    String required(String key, String note, String whereToFindIt) {
        String value = text(key);
        if (value == null && !findings.hasProblem(key)) {
            findings.missing(new ConfigProblem(key, "missing" + note,
                    whereToFindIt + ", or set " + ConfigKeys.environmentVariable(key) + "."));
        }
        return value;
    }

    /**
     * Records that something required is missing although no single key is: such as "no server
     * may use the bot", which any of three keys would fix.
     */
    void missing(String key, String message, String fix) {
        findings.missing(new ConfigProblem(key, message, fix));
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
        if (!encrypted && !isLoopback(host)) {
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

    /**
     * What is wrong with {@code text} as an OAuth redirect URI under Instagram's rules (to follow
     * the quoted value), or null if nothing: checked before anyone gets an authorize link that can
     * only fail.
     */
    static String redirectUriProblem(String text) {
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
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            return "uses http; Instagram accepts http only for localhost and 127.0.0.1, so use https";
        }
        // Instagram appends "#_" to the redirect itself; a fragment of our own would break it.
        if (uri.getRawFragment() != null) {
            return "has a fragment (#...), which a redirect URI cannot have";
        }
        return null;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    /**
     * Problems and warnings collected while loading, so every one of them is reported at once
     * instead of one per run.
     *
     * <p>Only the first problem of each key is kept: once a value is known to be bad, what else is
     * wrong with it is noise (a quoted value is not also "not a duration").
     */
    static final class Findings {
        private final List<ConfigProblem> problems = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final Set<String> keysWithProblems = new HashSet<>();
        private boolean requiredKeyMissing;

        void problem(ConfigProblem problem) {
            if (problem.key() == null || keysWithProblems.add(problem.key())) {
                problems.add(problem);
            }
        }

        /** A required key has no value; remembered because it is what makes a missing file worth mentioning. */
        void missing(ConfigProblem problem) {
            requiredKeyMissing = true;
            problem(problem);
        }

        /** Puts a problem in front of the others: the cause comes before its consequences. */
        void problemFirst(ConfigProblem problem) {
            problems.add(0, problem);
        }

        void warning(String warning) {
            warnings.add(warning);
        }

        boolean hasProblem(String key) {
            return keysWithProblems.contains(key);
        }

        boolean requiredKeyMissing() {
            return requiredKeyMissing;
        }

        List<ConfigProblem> problems() {
            return List.copyOf(problems);
        }

        List<String> warnings() {
            return List.copyOf(warnings);
        }
    }
}
