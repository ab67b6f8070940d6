package org.instarelay.config;

import static org.instarelay.config.ConfigKeys.INSTAGRAM_API_VERSION;
import static org.instarelay.config.ConfigKeys.INSTAGRAM_AUTHORIZE_URL;
import static org.instarelay.config.ConfigKeys.INSTAGRAM_CLIENT_ID;
import static org.instarelay.config.ConfigKeys.INSTAGRAM_CLIENT_SECRET;
import static org.instarelay.config.ConfigKeys.INSTAGRAM_GRAPH_URL;
import static org.instarelay.config.ConfigKeys.INSTAGRAM_REDIRECT_URI;
import static org.instarelay.config.ConfigKeys.INSTAGRAM_SCOPES;
import static org.instarelay.config.ConfigKeys.INSTAGRAM_TOKEN_URL;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;
import org.instarelay.common.Secret;
import org.instarelay.instagram.InstagramSettings;

/** Reads and checks the {@code instagram.*} keys (see instagram-api.md for why each rule exists). */
final class InstagramSection {
    static final String DEFAULT_SCOPES = "instagram_business_basic";
    static final String DEFAULT_AUTHORIZE_URL = "https://www.instagram.com/oauth/authorize";
    static final String DEFAULT_TOKEN_URL = "https://api.instagram.com/oauth/access_token";
    static final String DEFAULT_GRAPH_URL = "https://graph.instagram.com";

    private static final String API_SETUP = "Meta dashboard > your app > Instagram > API setup with Instagram login";
    private static final String VERSION_PATTERN = "v\\d+\\.\\d+";
    /** Scope names of the APIs Meta switched off; asking for them makes the authorize page fail. */
    private static final Set<String> RETIRED_SCOPES = Set.of("business_basic", "user_profile", "user_media");

    private InstagramSection() {}

    static InstagramSettings read(Fields fields) {
        return new InstagramSettings(
                clientId(fields),
                clientSecret(fields),
                redirectUri(fields),
                scopes(fields),
                fields.httpUrl(INSTAGRAM_AUTHORIZE_URL, DEFAULT_AUTHORIZE_URL),
                fields.httpUrl(INSTAGRAM_TOKEN_URL, DEFAULT_TOKEN_URL),
                graphUrl(fields),
                apiVersion(fields));
    }

    /** The Meta app id is also a number, so the hint about it goes wherever the id looks wrong. */
    private static String clientId(Fields fields) {
        String id = fields.required(INSTAGRAM_CLIENT_ID, "Set it to the Instagram app id (" + API_SETUP + ")");
        if (id != null && !id.matches("\\d+")) {
            fields.problem(INSTAGRAM_CLIENT_ID, Fields.quote(id) + " is not an app id (digits only)",
                    "Use the Instagram app id from " + API_SETUP
                            + ", not the Meta app id (that one gives \"Invalid platform app\").");
            return null;
        }
        return id;
    }

    private static Secret clientSecret(Fields fields) {
        String secret = fields.required(INSTAGRAM_CLIENT_SECRET,
                "Set it to the Instagram app secret (" + API_SETUP + ", next to the Instagram app id)");
        if (secret == null) {
            return null;
        }
        if (secret.chars().anyMatch(Character::isWhitespace)) {
            // Never quote it: say what is wrong with it, not what it is.
            fields.problem(INSTAGRAM_CLIENT_SECRET, "malformed (an app secret contains no spaces)",
                    "Copy the Instagram app secret again from " + API_SETUP + ".");
            return null;
        }
        return Secret.of(secret);
    }

    private static String redirectUri(Fields fields) {
        String uri = fields.required(INSTAGRAM_REDIRECT_URI, "Set it to one of the OAuth redirect URIs registered"
                + " for the app (" + API_SETUP + " > Business login settings), written exactly the same");
        if (uri == null) {
            return null;
        }
        String problem = Fields.redirectUriProblem(uri);
        if (problem != null) {
            fields.problem(INSTAGRAM_REDIRECT_URI, Fields.quote(uri) + " " + problem,
                    "It must match a redirect URI registered for the app exactly, trailing slash included.");
            return null;
        }
        // Kept exactly as written: Instagram compares it byte for byte with the registered one.
        return uri;
    }

    private static List<String> scopes(Fields fields) {
        String value = fields.text(INSTAGRAM_SCOPES);
        if (value == null) {
            return List.of(DEFAULT_SCOPES);
        }
        Set<String> scopes = new LinkedHashSet<>();
        for (String scope : value.split(",")) {
            if (!scope.isBlank()) {
                scopes.add(scope.trim());
            }
        }
        String fix = "Use a comma-separated list that includes " + DEFAULT_SCOPES + ", or leave it empty for "
                + DEFAULT_SCOPES + " alone.";
        for (String scope : scopes) {
            if (RETIRED_SCOPES.contains(scope)) {
                fields.problem(INSTAGRAM_SCOPES, Fields.quote(scope) + " is a scope of a retired Instagram API",
                        "Use the instagram_business_* names, such as " + DEFAULT_SCOPES + ".");
                return List.of();
            }
            if (!scope.matches("[a-z_]+")) {
                fields.problem(INSTAGRAM_SCOPES, Fields.quote(scope) + " is not a scope name", fix);
                return List.of();
            }
        }
        if (!scopes.contains(DEFAULT_SCOPES)) {
            fields.problem(INSTAGRAM_SCOPES, "does not include " + DEFAULT_SCOPES
                    + ", which reading the profile and posts needs", fix);
            return List.of();
        }
        return List.copyOf(scopes);
    }

    /** The version belongs in instagram.api-version; in the host it would be sent twice. */
    private static HttpUrl graphUrl(Fields fields) {
        HttpUrl url = fields.httpUrl(INSTAGRAM_GRAPH_URL, DEFAULT_GRAPH_URL);
        if (url == null) {
            return null;
        }
        List<String> segments = url.pathSegments();
        String last = segments.get(segments.size() - 1).isEmpty() && segments.size() > 1
                ? segments.get(segments.size() - 2)
                : segments.get(segments.size() - 1);
        if (last.matches(VERSION_PATTERN)) {
            fields.problem(INSTAGRAM_GRAPH_URL, "\"" + url + "\" ends with the API version " + last,
                    "Remove /" + last + " from it and set " + INSTAGRAM_API_VERSION + "=" + last + " instead.");
            return null;
        }
        return url;
    }

    private static String apiVersion(Fields fields) {
        String version = fields.text(INSTAGRAM_API_VERSION);
        if (version == null) {
            return InstagramSettings.DEFAULT_API_VERSION;
        }
        if (!version.matches(VERSION_PATTERN)) {
            fields.problem(INSTAGRAM_API_VERSION, Fields.quote(version) + " is not an API version",
                    "Write it like " + InstagramSettings.DEFAULT_API_VERSION
                            + ", or leave it empty for the default.");
            return null;
        }
        return version;
    }
}
