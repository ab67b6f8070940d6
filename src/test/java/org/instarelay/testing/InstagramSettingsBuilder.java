package org.instarelay.testing;

import java.util.List;
import okhttp3.HttpUrl;
import org.instarelay.common.Secret;
import org.instarelay.instagram.InstagramSettings;

/**
 * {@link InstagramSettings} for tests: an app (id, secret, redirect URI) and where its APIs live.
 * Scopes default to {@code instagram_business_basic} and the API version to the current one; the
 * addresses stay unset until {@link #at(HttpUrl)} or the single setters name them, so that no test
 * reaches the real Instagram by default.
 */
public final class InstagramSettingsBuilder {
    private final String clientId;
    private final Secret clientSecret;
    private final String redirectUri;
    private List<String> scopes = List.of("instagram_business_basic");
    private HttpUrl authorizeUrl;
    private HttpUrl tokenUrl;
    private HttpUrl graphUrl;
    private String apiVersion = InstagramSettings.DEFAULT_API_VERSION;

    private InstagramSettingsBuilder(String clientId, String clientSecret, String redirectUri) {
        this.clientId = clientId;
        this.clientSecret = Secret.of(clientSecret);
        this.redirectUri = redirectUri;
    }

    /** The app as registered with Instagram. */
    public static InstagramSettingsBuilder app(String clientId, String clientSecret, String redirectUri) {
        return new InstagramSettingsBuilder(clientId, clientSecret, redirectUri);
    }

    /** All three APIs on one server, at the paths Instagram uses ({@code /oauth/authorize}, ...). */
    public InstagramSettingsBuilder at(HttpUrl base) {
        return authorizeUrl(base.resolve("/oauth/authorize"))
                .tokenUrl(base.resolve("/oauth/access_token"))
                .graphUrl(base);
    }

    public InstagramSettingsBuilder scopes(String... values) {
        this.scopes = List.of(values);
        return this;
    }

    public InstagramSettingsBuilder authorizeUrl(HttpUrl url) {
        this.authorizeUrl = url;
        return this;
    }

    public InstagramSettingsBuilder tokenUrl(HttpUrl url) {
        this.tokenUrl = url;
        return this;
    }

    public InstagramSettingsBuilder graphUrl(HttpUrl url) {
        this.graphUrl = url;
        return this;
    }

    public InstagramSettingsBuilder apiVersion(String version) {
        this.apiVersion = version;
        return this;
    }

    public InstagramSettings build() {
        return new InstagramSettings(clientId, clientSecret, redirectUri, scopes, authorizeUrl, tokenUrl, graphUrl,
                apiVersion);
    }
}
