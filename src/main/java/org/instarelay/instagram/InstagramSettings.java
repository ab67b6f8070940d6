package org.instarelay.instagram;

import java.util.List;
import okhttp3.HttpUrl;
import org.instarelay.common.Secret;

/**
 * The Instagram app the bot acts through, and where its three APIs live.
 *
 * @param clientId     the Instagram app id (not the Meta app id: that one gives "Invalid platform app")
 * @param clientSecret the Instagram app secret
 * @param redirectUri  exactly as registered in the app dashboard; sent again in the code exchange
 * @param scopes       permissions asked for, at least {@code instagram_business_basic}
 * @param authorizeUrl where people approve the app, {@code https://www.instagram.com/oauth/authorize}
 * @param tokenUrl     the code exchange, {@code https://api.instagram.com/oauth/access_token}
 * @param graphUrl     the Graph API host, {@code https://graph.instagram.com}
 * @param apiVersion   path segment for versioned calls, such as {@code v25.0}
 */
public record InstagramSettings(
        String clientId,
        Secret clientSecret,
        String redirectUri,
        List<String> scopes,
        HttpUrl authorizeUrl,
        HttpUrl tokenUrl,
        HttpUrl graphUrl,
        String apiVersion) {

    public static final String DEFAULT_API_VERSION = "v25.0";

    public InstagramSettings {
        scopes = List.copyOf(scopes);
    }
}
