package org.instarelay.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The name of every setting {@link ConfigLoader} understands, and the environment variable that
 * overrides each one.
 *
 * <p>There is one list so that the loader, the unknown-key warning and the test that keeps
 * {@code bot.properties.example} complete cannot disagree about which keys exist.
 *
 * <p>It also warns about keys nobody reads: a misspelled key ({@code discord.channel_id}) is
 * otherwise silently ignored and shows up only as the real key being "missing". Only the key's
 * name is ever printed, never its value: a misspelled key may hold a secret.
 */
public final class ConfigKeys {
    public static final String DISCORD_TOKEN = "discord.token";
    public static final String DISCORD_GUILD_ID = "discord.guild-id";
    public static final String DISCORD_SERVERS = "discord.servers";
    public static final String DISCORD_CHANNEL_ID = "discord.channel-id";
    public static final String DISCORD_ADMIN_ROLE = "discord.admin-role";
    public static final String DISCORD_REST_URL = "discord.rest-url";
    public static final String DISCORD_GATEWAY_URL = "discord.gateway-url";
    public static final String INSTAGRAM_CLIENT_ID = "instagram.client-id";
    public static final String INSTAGRAM_CLIENT_SECRET = "instagram.client-secret";
    public static final String INSTAGRAM_REDIRECT_URI = "instagram.redirect-uri";
    public static final String INSTAGRAM_SCOPES = "instagram.scopes";
    public static final String INSTAGRAM_AUTHORIZE_URL = "instagram.authorize-url";
    public static final String INSTAGRAM_TOKEN_URL = "instagram.token-url";
    public static final String INSTAGRAM_GRAPH_URL = "instagram.graph-url";
    public static final String INSTAGRAM_API_VERSION = "instagram.api-version";
    public static final String POLL_INTERVAL = "poll.interval";
    public static final String POLL_BACKFILL = "poll.backfill";
    public static final String POLL_PARALLELISM = "poll.parallelism";
    public static final String DATABASE_PATH = "database.path";
    public static final String PICTURES_PATH = "pictures.path";
    public static final String PICTURES_MAX_SIZE = "pictures.max-size";
    public static final String HTTP_PORT = "http.port";
    public static final String HTTP_BIND = "http.bind";
    public static final String HTTP_PUBLIC_URL = "http.public-url";

    /** Every key, in the order problems are reported and the example file lists them. */
    public static final List<String> ALL = List.of(
            DISCORD_TOKEN, DISCORD_GUILD_ID, DISCORD_SERVERS, DISCORD_CHANNEL_ID, DISCORD_ADMIN_ROLE,
            DISCORD_REST_URL, DISCORD_GATEWAY_URL,
            INSTAGRAM_CLIENT_ID, INSTAGRAM_CLIENT_SECRET, INSTAGRAM_REDIRECT_URI, INSTAGRAM_SCOPES,
            INSTAGRAM_AUTHORIZE_URL, INSTAGRAM_TOKEN_URL, INSTAGRAM_GRAPH_URL, INSTAGRAM_API_VERSION,
            POLL_INTERVAL, POLL_BACKFILL, POLL_PARALLELISM,
            DATABASE_PATH, PICTURES_PATH, PICTURES_MAX_SIZE,
            HTTP_PORT, HTTP_BIND, HTTP_PUBLIC_URL);

    /** Environment variables starting with this are treated as settings. */
    public static final String ENVIRONMENT_PREFIX = "INSTARELAY_";

    /** Where the log file goes (logback.xml); the only variable that is not a settings key. */
    static final String LOG_DIR_VARIABLE = "INSTARELAY_LOG_DIR";

    /** The key that seals access tokens in the database (read by the store, never a file setting). */
    static final String SECRET_KEY_VARIABLE = "INSTARELAY_SECRET_KEY";

    private ConfigKeys() {}

    /** {@code discord.token} becomes {@code INSTARELAY_DISCORD_TOKEN}: upper case, dots and dashes as underscores. */
    public static String environmentVariable(String key) {
        return ENVIRONMENT_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Warns, with a "did you mean", about every file key and {@code INSTARELAY_*} variable that is not a setting. */
    static void warnUnknown(Set<String> fileKeys, Set<String> environmentNames, Path source, Fields.Findings findings) {
        fileKeys.stream().filter(key -> !ALL.contains(key)).sorted().forEach(key ->
                findings.warning(key + ": not a known key, so it is ignored (in " + source + ")."
                        + suggestion(key, ALL)));

        List<String> known = ALL.stream().map(ConfigKeys::environmentVariable)
                .collect(Collectors.toCollection(ArrayList::new));
        // Read by logback.xml, not by the loader: known all the same.
        known.add(LOG_DIR_VARIABLE);
        known.add(SECRET_KEY_VARIABLE);
        environmentNames.stream()
                .filter(name -> name.startsWith(ENVIRONMENT_PREFIX) && !known.contains(name))
                .sorted()
                .forEach(name -> findings.warning(name + ": not a known InstaRelay variable, so it is ignored."
                        + suggestion(name, known)));
    }

    /**
     * " Did you mean X?" when a candidate is near enough to be a misspelling of {@code text} (at
     * most half of it changed); otherwise where the keys are listed, since naming an unrelated key
     * (a stray word "weird" read as a key, "did you mean http.bind?") only confuses.
     */
    static String suggestion(String text, Collection<String> candidates) {
        String best = closest(text, candidates);
        int distance = editDistance(text.toLowerCase(Locale.ROOT), best.toLowerCase(Locale.ROOT));
        return distance * 2 <= best.length()
                ? " Did you mean " + best + "?"
                : " bot.properties.example lists every key.";
    }

    /**
     * The candidate most like {@code text}, ignoring case, so a warning about {@code discord.channel_id}
     * can say "did you mean discord.channel-id".
     */
    static String closest(String text, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = editDistance(text.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Levenshtein distance; the strings are short, so the plain two-row version is enough. */
    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
