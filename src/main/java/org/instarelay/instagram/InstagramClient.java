package org.instarelay.instagram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.instarelay.common.Secret;

/**
 * The Instagram API with Instagram Login: authorize link, token exchanges, profile and media.
 *
 * <p>One instance is shared by the whole bot; it reuses one {@link OkHttpClient} and one
 * {@link ObjectMapper}. Each method makes exactly one HTTP request (so callers can count and pace
 * them) and either returns a parsed answer or throws a classified {@link InstagramException}.
 * Nothing here retries: retry policy belongs to the caller, which knows whether the call is safe
 * to repeat (a one-time code is not).
 *
 * <p>Once a response reports a usage limit at 100% (or error code 4 arrives), every method that
 * calls Instagram throws {@link InstagramException.Kind#RATE_LIMITED} without a request until
 * the limit should have lifted. Thread-safe.
 */
public class InstagramClient {

    // Only fields every media type has (see instagram-api.md section 7): one type-specific field can fail a mixed page.
    static final String MEDIA_FIELDS = "id,caption,media_type,media_product_type,is_shared_to_feed,alt_text,media_url,"
            + "permalink,thumbnail_url,timestamp,username,children{id,media_type,media_url,thumbnail_url,alt_text}";
    static final String PROFILE_FIELDS = "user_id,username,profile_picture_url,account_type";
    /** Graph error 100 "Unsupported get request" with subcode 33: the object does not exist. */
    private static final int DOES_NOT_EXIST_CODE = 100;
    private static final int DOES_NOT_EXIST_SUBCODE = 33;

    private final ObjectMapper json;
    private final InstagramSettings settings;
    private final Transport transport;
    private final Transport codeExchange;

    public InstagramClient(OkHttpClient http, ObjectMapper json, InstagramSettings settings) {
        this(http, json, settings, Clock.systemUTC());
    }

    /** As the three-argument constructor, with the clock that times usage-limit pauses (for tests). */
    public InstagramClient(OkHttpClient http, ObjectMapper json, InstagramSettings settings, Clock clock) {
        this(http, json, settings, clock, RequestObserver.NONE);
    }

    /** As the four-argument constructor, telling {@code observer} how each request ended (the metrics). */
    public InstagramClient(OkHttpClient http, ObjectMapper json, InstagramSettings settings, Clock clock,
                           RequestObserver observer) {
        this.json = Objects.requireNonNull(json, "json");
        this.settings = Objects.requireNonNull(settings, "settings");
        UsageGate gate = new UsageGate(Objects.requireNonNull(clock, "clock"));
        this.transport = new Transport(Objects.requireNonNull(http, "http"), json, gate, observer);
        // OkHttp silently re-sends a request whose pooled connection turns out dead. Harmless for
        // reads, but a re-sent code exchange that Instagram already processed burns the one-time
        // code. So the (rare) exchange gets a connection of its own and is never re-sent.
        OkHttpClient once = http.newBuilder()
                .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
                .retryOnConnectionFailure(false)
                .build();
        this.codeExchange = new Transport(once, json, gate, observer);
    }

    /** The address people open to approve the app, carrying {@code state}. Makes no request. */
    public String authorizeUrl(String state) {
        return settings.authorizeUrl().newBuilder()
                .addQueryParameter("client_id", settings.clientId())
                .addQueryParameter("redirect_uri", settings.redirectUri())
                .addQueryParameter("response_type", "code")
                .addQueryParameter("scope", String.join(",", settings.scopes()))
                .addQueryParameter("state", state)
                .build()
                .toString();
    }

    /** Exchanges a bare one-time code (no {@code #_}) for a one-hour token. Never retried. */
    public ShortLivedToken exchangeCode(Secret code) throws InstagramException {
        // Instagram appends "#_" to the redirect; strip it here too so a stray one cannot burn the code.
        String bare = code.reveal().strip();
        bare = bare.endsWith("#_") ? bare.substring(0, bare.length() - 2) : bare;
        if (bare.isEmpty()) {
            throw new InstagramException(InstagramException.Kind.CODE_REJECTED,
                    "The code is empty.");
        }
        FormBody form = new FormBody.Builder()
                .add("client_id", settings.clientId())
                .add("client_secret", settings.clientSecret().reveal())
                .add("grant_type", "authorization_code")
                .add("redirect_uri", settings.redirectUri())
                .add("code", bare)
                .build();
        Request request = new Request.Builder().url(settings.tokenUrl()).post(form).build();
        return AccountAnswers.shortLived(codeExchange.send(request, List.of(settings.clientSecret(), code)));
    }

    /** Turns a one-hour token into a 60-day one. */
    public LongLivedToken exchangeForLongLived(Secret shortLivedToken) throws InstagramException {
        HttpUrl url = settings.graphUrl().newBuilder()
                .addPathSegment("access_token")
                .addQueryParameter("grant_type", "ig_exchange_token")
                .addQueryParameter("client_secret", settings.clientSecret().reveal())
                .addQueryParameter("access_token", shortLivedToken.reveal())
                .build();
        return AccountAnswers.longLived(get(url, List.of(settings.clientSecret(), shortLivedToken)));
    }

    /** Refreshes a 60-day token that is at least 24 hours old and not yet expired. */
    public LongLivedToken refresh(Secret longLivedToken) throws InstagramException {
        HttpUrl url = settings.graphUrl().newBuilder()
                .addPathSegment("refresh_access_token")
                .addQueryParameter("grant_type", "ig_refresh_token")
                .addQueryParameter("access_token", longLivedToken.reveal())
                .build();
        return AccountAnswers.longLived(get(url, List.of(longLivedToken)));
    }

    /** The account the token belongs to. */
    public Profile profile(Secret accessToken) throws InstagramException {
        HttpUrl url = versioned().addPathSegment("me")
                .addQueryParameter("fields", PROFILE_FIELDS)
                .addQueryParameter("access_token", accessToken.reveal())
                .build();
        return AccountAnswers.profile(get(url, List.of(accessToken)));
    }

    /** The newest page of the account's media, with album children. */
    public MediaPage firstMediaPage(Secret accessToken, int pageSize) throws InstagramException {
        HttpUrl url = versioned().addPathSegment("me").addPathSegment("media")
                .addQueryParameter("fields", MEDIA_FIELDS)
                .addQueryParameter("limit", Integer.toString(pageSize))
                .addQueryParameter("access_token", accessToken.reveal())
                .build();
        return MediaPages.parse(get(url, List.of(accessToken)), json);
    }

    /** The page a previous page's {@link MediaPage#next()} points to. */
    public MediaPage nextMediaPage(Secret nextPageUrl) throws InstagramException {
        HttpUrl url = HttpUrl.parse(nextPageUrl.reveal().strip());
        if (url == null) {
            throw new InstagramException(InstagramException.Kind.REJECTED,
                    "The next-page address from Instagram is not a valid http(s) address; this is a bug.");
        }
        List<Secret> secrets = new ArrayList<>(List.of(nextPageUrl));
        String token = url.queryParameter("access_token");
        if (token != null && !token.isEmpty()) {
            secrets.add(Secret.of(token));
        }
        // Followed as is: Instagram builds it, cursors and token included.
        return MediaPages.parse(get(url, secrets), json);
    }

    /**
     * Whether a post still exists (it may have been deleted while waiting to be posted). Only
     * Instagram's documented "does not exist" answer says it does not: error code 100 with
     * {@code error_subcode} 33, whatever the HTTP status (Instagram sends it as 400; a 404 that
     * carries it means the same). A 404 without that error (a proxy, a wrong address) is not a
     * deletion.
     *
     * @throws InstagramException when the answer does not tell: code 100 without subcode 33
     *         ("Invalid parameter"), a dead token, a rate limit, an outage, a timeout. Callers post
     *         the post then: losing one is worse than posting one deleted a moment ago.
     */
    public boolean mediaExists(Secret accessToken, String mediaId) throws InstagramException {
        HttpUrl url = versioned().addPathSegment(mediaId)
                .addQueryParameter("fields", "id")
                .addQueryParameter("access_token", accessToken.reveal())
                .build();
        try {
            get(url, List.of(accessToken));
            return true;
        } catch (InstagramException e) {
            if (saysDoesNotExist(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Code 100 with subcode 33, refused outright (not an outage that happened to carry it). */
    private static boolean saysDoesNotExist(InstagramException e) {
        return e.kind() == InstagramException.Kind.REJECTED
                && e.code().filter(code -> code == DOES_NOT_EXIST_CODE).isPresent()
                && e.subcode().filter(subcode -> subcode == DOES_NOT_EXIST_SUBCODE).isPresent();
    }

    private HttpUrl.Builder versioned() {
        HttpUrl.Builder builder = settings.graphUrl().newBuilder();
        String version = settings.apiVersion();
        // Without a version Instagram uses the app's default one.
        return version == null || version.isBlank() ? builder : builder.addPathSegment(version.strip());
    }

    private JsonNode get(HttpUrl url, List<Secret> secrets)
            throws InstagramException {
        return transport.send(new Request.Builder().url(url).get().build(), secrets);
    }
}
