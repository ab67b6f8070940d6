package org.instarelay.instagram;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import org.instarelay.common.Secret;

/**
 * The Instagram API with Instagram Login: authorize link, token exchanges, profile and media.
 *
 * <p>One instance is shared by the whole bot; it reuses one {@link OkHttpClient} and one
 * {@link ObjectMapper}. Each method makes exactly one HTTP request (so callers can count and pace
 * them) and either returns a parsed answer or throws a classified {@link InstagramException}.
 * Nothing here retries: retry policy belongs to the caller, which knows whether the call is safe
 * to repeat (a one-time code is not).
 */
public class InstagramClient {

    public InstagramClient(OkHttpClient http, ObjectMapper json, InstagramSettings settings) {
        throw new UnsupportedOperationException("TODO");
    }

    public InstagramClient(OkHttpClient http, ObjectMapper json, InstagramSettings settings, java.time.Clock clock) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The address people open to approve the app, carrying {@code state}. Makes no request. */
    public String authorizeUrl(String state) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Exchanges a bare one-time code (no {@code #_}) for a one-hour token. Never retried. */
    public ShortLivedToken exchangeCode(Secret code) throws InstagramException {
        throw new UnsupportedOperationException("TODO");
    }

    /** Turns a one-hour token into a 60-day one. */
    public LongLivedToken exchangeForLongLived(Secret shortLivedToken) throws InstagramException {
        throw new UnsupportedOperationException("TODO");
    }

    /** Refreshes a 60-day token that is at least 24 hours old and not yet expired. */
    public LongLivedToken refresh(Secret longLivedToken) throws InstagramException {
        throw new UnsupportedOperationException("TODO");
    }

    /** The account the token belongs to. */
    public Profile profile(Secret accessToken) throws InstagramException {
        throw new UnsupportedOperationException("TODO");
    }

    /** The newest page of the account's media, with album children. */
    public MediaPage firstMediaPage(Secret accessToken, int pageSize) throws InstagramException {
        throw new UnsupportedOperationException("TODO");
    }

    /** The page a previous page's {@link MediaPage#next()} points to. */
    public MediaPage nextMediaPage(Secret nextPageUrl) throws InstagramException {
        throw new UnsupportedOperationException("TODO");
    }
}
