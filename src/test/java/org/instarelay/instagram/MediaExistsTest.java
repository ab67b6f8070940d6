package org.instarelay.instagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import org.instarelay.common.Secret;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Instagram: only the documented \"does not exist\" answer says a post was deleted")
class MediaExistsTest extends InstagramServerTest {
    private static final String MEDIA = "17900000000000123";
    private static final String DOES_NOT_EXIST = "Unsupported get request. Object with ID '" + MEDIA
            + "' does not exist, cannot be loaded due to missing permissions, or does not support this operation.";

    @Test
    @DisplayName("the post answers with its id: it exists")
    void exists() throws Exception {
        // GIVEN Instagram has the post
        answer(200, "{\"id\":\"" + MEDIA + "\"}");

        // WHEN / THEN
        assertTrue(client.mediaExists(Secret.of(TOKEN), MEDIA));
        assertTrue(taken().getUrl().encodedPath().endsWith("/v25.0/" + MEDIA));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @DisplayName("error 100 with subcode 33, as a 400 or a 404: it does not exist")
    @CsvSource({"400", "404"})
    void doesNotExist(int status) throws Exception {
        // GIVEN Instagram's documented answer for a deleted object
        answer(status, "{\"error\":{\"message\":\"" + DOES_NOT_EXIST + "\",\"type\":\"GraphMethodException\","
                + "\"code\":100,\"error_subcode\":33,\"fbtrace_id\":\"A1b2C3\"}}");

        // WHEN / THEN
        assertFalse(client.mediaExists(Secret.of(TOKEN), MEDIA));
    }

    @Test
    @DisplayName("error 100 without a subcode (\"Invalid parameter\") does not tell: the caller learns it could not check")
    void codeHundredWithoutSubcode() {
        // GIVEN Instagram answers 100 with no subcode
        answer(400, graphError(100, null, "(#100) Invalid parameter"));

        // WHEN / THEN the answer is an error, not "deleted"
        InstagramException e = failure(() -> client.mediaExists(Secret.of(TOKEN), MEDIA));
        assertEquals(InstagramException.Kind.REJECTED, e.kind());
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("anything else does not tell either: it is an error, never \"deleted\"")
    @CsvSource(delimiter = '|', value = {
            "100 with another subcode | 400 | {\"error\":{\"message\":\"Unsupported\",\"type\":\"GraphMethodException\",\"code\":100,\"error_subcode\":2207}}",
            "100/33 marked transient  | 400 | {\"error\":{\"message\":\"x\",\"type\":\"OAuthException\",\"code\":100,\"error_subcode\":33,\"is_transient\":true}}",
            "100/33 with a 5xx        | 503 | {\"error\":{\"message\":\"x\",\"type\":\"OAuthException\",\"code\":100,\"error_subcode\":33}}",
            "a 404 without an error   | 404 | <html>Not Found</html>",
            "a server error           | 500 | {\"error\":{\"message\":\"An unknown error occurred\",\"type\":\"OAuthException\",\"code\":1}}",
            "a rate limit             | 400 | {\"error\":{\"message\":\"Application request limit reached\",\"type\":\"OAuthException\",\"code\":4}}",
            "a dead token             | 400 | {\"error\":{\"message\":\"Error validating access token\",\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":460}}"})
    void otherAnswers(String what, int status, String body) {
        // GIVEN that answer
        answer(status, body);

        // WHEN / THEN
        failure(() -> client.mediaExists(Secret.of(TOKEN), MEDIA));
    }

    @Test
    @DisplayName("no answer in time does not tell: an error, never \"deleted\"")
    void timeout() {
        // GIVEN Instagram holds its answer past the read timeout
        client = clientWith(new OkHttpClient.Builder().readTimeout(200, TimeUnit.MILLISECONDS).build());
        server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":\"" + MEDIA + "\"}")
                .headersDelay(2, TimeUnit.SECONDS).build());

        // WHEN / THEN
        InstagramException e = failure(() -> client.mediaExists(Secret.of(TOKEN), MEDIA));
        assertEquals(InstagramException.Kind.TRANSIENT, e.kind());
    }
}
