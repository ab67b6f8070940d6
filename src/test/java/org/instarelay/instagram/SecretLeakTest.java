package org.instarelay.instagram;

import static org.instarelay.instagram.InstagramException.Kind.CODE_REJECTED;
import static org.instarelay.instagram.InstagramException.Kind.RATE_LIMITED;
import static org.instarelay.instagram.InstagramException.Kind.REJECTED;
import static org.instarelay.instagram.InstagramException.Kind.TOKEN_INVALID;
import static org.instarelay.instagram.InstagramException.Kind.TRANSIENT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.instarelay.common.Secret;
import org.instarelay.instagram.InstagramException.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

@DisplayName("Instagram failures never reveal secrets")
class SecretLeakTest extends InstagramServerTest {

    private final List<InstagramException> failures = new ArrayList<>();

    @Test
    @DisplayName("no exception message or cause, of any kind, contains the token, the client secret or the code")
    void noSecretInAnyFailure() {
        // GIVEN Instagram answers that echo the call's secrets in every way seen in the wild
        String next = server.url("/v25.0/17841405793187218/media?access_token=" + TOKEN + "&after=QVFIUzB").toString();
        Secret nextPage = Secret.of(next);
        InstagramClient impatient = clientWith(new OkHttpClient.Builder().readTimeout(300, TimeUnit.MILLISECONDS).build());

        answer(400, "{\"error_type\":\"OAuthException\",\"code\":400,\"error_message\":"
                + "\"Matching code was not found or was already used: code=" + CODE + " secret " + SECRET + "\"}");
        collect(CODE_REJECTED, () -> client.exchangeCode(Secret.of(CODE)));
        answer(400, "{\"error_type\":\"OAuthException\",\"code\":400,\"error_message\":"
                + "\"Invalid redirect_uri for " + CODE + " and " + SECRET + "\"}");
        collect(REJECTED, () -> client.exchangeCode(Secret.of(CODE)));
        answer(400, graphError(100, null, "Invalid client_secret " + SECRET + " for access token " + TOKEN));
        collect(REJECTED, () -> client.exchangeForLongLived(Secret.of(TOKEN)));
        answer(400, graphError(190, 467, "Invalid OAuth access token - Cannot parse access token " + TOKEN));
        collect(TOKEN_INVALID, () -> client.refresh(Secret.of(TOKEN)));
        answer(400, graphError(17, null, "User request limit reached for " + TOKEN));
        collect(RATE_LIMITED, () -> client.profile(Secret.of(TOKEN)));
        answer(400, graphError(2, null, "Service temporarily unavailable " + next));
        collect(TRANSIENT, () -> client.profile(Secret.of(TOKEN)));
        server.enqueue(new MockResponse.Builder().code(500).body("<html>access_token=" + TOKEN + "</html>").build());
        collect(TRANSIENT, () -> client.firstMediaPage(Secret.of(TOKEN), 25));
        server.enqueue(new MockResponse.Builder().code(200).body(TOKEN + " is not JSON").build());
        collect(TRANSIENT, () -> client.firstMediaPage(Secret.of(TOKEN), 25));
        answer(400, graphError(100, null, "Invalid cursor in " + next));
        collect(REJECTED, () -> client.nextMediaPage(nextPage));
        server.enqueue(new MockResponse.Builder().code(200).body("{}")
                .onResponseStart(new SocketEffect.CloseSocket()).build());
        collect(TRANSIENT, () -> client.exchangeCode(Secret.of(CODE)));
        answer(400, graphError(4, null, "Application request limit reached; token " + TOKEN));
        collect(RATE_LIMITED, () -> client.nextMediaPage(nextPage));
        collect(RATE_LIMITED, () -> client.exchangeCode(Secret.of(CODE))); // refused by the usage gate
        assertEquals(11, server.getRequestCount()); // every scenario above but the gated one
        // Last: the mock server serves nothing else while it holds back this answer.
        server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(3, TimeUnit.SECONDS).build());
        collect(TRANSIENT, () -> impatient.nextMediaPage(nextPage));

        // WHEN every failure's text is gathered, causes included
        List<String> texts = new ArrayList<>();
        for (InstagramException failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                texts.add(String.valueOf(t.getMessage()));
                texts.add(t.toString());
            }
        }

        // THEN none carries a secret or a credential parameter
        assertAll(texts.stream().map(text -> () -> {
            assertFalse(text.contains(TOKEN), text);
            assertFalse(text.contains(SECRET), text);
            assertFalse(text.contains(CODE), text);
            assertFalse(text.matches("(?s).*access_token=(?!\\[redacted]).*"), text);
        }));
        // AND Instagram's words were kept, cleaned rather than dropped
        assertTrue(texts.stream().anyMatch(text -> text.contains("Cannot parse access token [redacted]")), texts.toString());
    }

    private void collect(Kind expected, Executable call) {
        InstagramException failure = failure(call);
        assertEquals(expected, failure.kind(), failure.getMessage());
        failures.add(failure);
    }
}
