package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST side without JDA: things JDA never exercises in FakeDiscordTest, checked with plain HTTP. */
@DisplayName("The fake Discord's REST side, over plain HTTP")
class FakeDiscordRestTest {
    private final HttpClient http = HttpClient.newHttpClient();
    /** A fresh fake for each test (JUnit makes one instance per test), closed after it. */
    @AutoClose
    private final FakeDiscord discord = FakeDiscord.start();

    private HttpResponse<String> send(String method, String path, String contentType, byte[] body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(discord.restUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", "Bot " + token);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("an unknown route answers 404 and is recorded")
    void unknownRoutesAnswer404AndAreRecorded() throws Exception {
        // GIVEN a route the fake does not serve
        // WHEN it is called
        HttpResponse<String> response = send("GET", "guilds/1/bans", null, null, discord.token());

        // THEN the answer is Discord's 404 body, and the request is recorded with that status
        assertEquals(404, response.statusCode());
        assertEquals("{\"message\":\"Unknown\",\"code\":0}", response.body());
        assertEquals(404, discord.awaitRequest(RecordedRequest.to("GET", "guilds/1/bans"), Duration.ofSeconds(1))
                .status());
    }

    @Test
    @DisplayName("a wrong token gets 401")
    void aWrongTokenGets401() throws Exception {
        // GIVEN a token the fake does not know
        // WHEN users/@me is called with it
        HttpResponse<String> response = send("GET", "users/@me", null, null, "nope");

        // THEN the answer is 401 with Discord's code 0
        assertEquals(401, response.statusCode());
        assertEquals(0, DiscordJson.parse(response.body()).path("code").asInt());
    }

    @Test
    @DisplayName("a multipart upload keeps its bytes and is served back")
    void multipartUploadsKeepTheirBytesAndAreServedBack() throws Exception {
        // GIVEN a picture with every byte value, CR and LF among them, in a multipart message
        byte[] picture = new byte[300];
        for (int i = 0; i < picture.length; i++) {
            picture[i] = (byte) i; // every byte value up to 299 mod 256, including CR and LF
        }
        String boundary = "b0undary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n"
                + "Content-Type: application/json\r\n\r\n"
                + "{\"content\":\"hi\",\"attachments\":[{\"id\":0,\"filename\":\"p.jpg\",\"description\":\"alt\"}]}"
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"files[0]\"; filename=\"p.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(picture);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        // WHEN it is posted
        HttpResponse<String> response = send("POST", "channels/" + FakeDiscordConfig.CHANNEL_ID + "/messages",
                "multipart/form-data; boundary=" + boundary, body.toByteArray(), discord.token());

        // THEN the attachment has its name, alt text and size, its address serves the same bytes,
        // and the request is recorded whole
        assertEquals(200, response.statusCode());
        JsonNode attachment = DiscordJson.parse(response.body()).path("attachments").get(0);
        assertEquals("p.jpg", attachment.path("filename").asText());
        assertEquals("alt", attachment.path("description").asText());
        assertEquals(300, attachment.path("size").asInt());
        byte[] served = http.send(HttpRequest.newBuilder(URI.create(attachment.path("url").asText())).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        assertArrayEquals(picture, served);
        RecordedRequest recorded = discord.requests().get(0);
        assertEquals("hi", recorded.payload().path("content").asText());
        assertArrayEquals(picture, recorded.files().get(0).content());
    }

    @Test
    @DisplayName("history honours limit and comes newest first")
    void historyHonoursLimitAndIsNewestFirst() throws Exception {
        // GIVEN three messages posted
        for (int i = 1; i <= 3; i++) {
            send("POST", "channels/" + FakeDiscordConfig.CHANNEL_ID + "/messages", "application/json",
                    ("{\"content\":\"m" + i + "\"}").getBytes(StandardCharsets.UTF_8), discord.token());
        }

        // WHEN the last two are asked for
        JsonNode page = DiscordJson.parse(send("GET", "channels/" + FakeDiscordConfig.CHANNEL_ID + "/messages?limit=2",
                null, null, discord.token()).body());

        // THEN m3 and m2 come back, and all three are kept
        assertEquals(2, page.size());
        assertEquals("m3", page.get(0).path("content").asText());
        assertEquals("m2", page.get(1).path("content").asText());
        assertEquals(3, discord.messagesIn(FakeDiscordConfig.CHANNEL_ID).size());
    }

    @Test
    @DisplayName("faults are used up in order, then normal service resumes")
    void faultsAreUsedUpInOrderThenNormalServiceResumes() throws Exception {
        // GIVEN the next two channel reads answer 500
        discord.failNext("GET", "channels/\\d+", 500, Fault.INTERNAL_ERROR, 2);
        String path = "channels/" + FakeDiscordConfig.CHANNEL_ID;

        // WHEN the channel is read three times
        // THEN the first two fail and the third works
        assertEquals(500, send("GET", path, null, null, discord.token()).statusCode());
        assertEquals(500, send("GET", path, null, null, discord.token()).statusCode());
        assertEquals(200, send("GET", path, null, null, discord.token()).statusCode());
    }

    @Test
    @DisplayName("a carried-out request can still be answered with an error")
    void aCarriedOutRequestCanStillBeAnsweredWithAnError() throws Exception {
        // GIVEN the next post is carried out but answered with 500
        discord.carryOutButFailNext("POST", "channels/\\d+/messages", 500, Fault.INTERNAL_ERROR, 1);
        String path = "channels/" + FakeDiscordConfig.CHANNEL_ID + "/messages";

        // WHEN two messages are posted
        HttpResponse<String> lost = send("POST", path, "application/json",
                "{\"content\":\"m1\"}".getBytes(StandardCharsets.UTF_8), discord.token());
        HttpResponse<String> normal = send("POST", path, "application/json",
                "{\"content\":\"m2\"}".getBytes(StandardCharsets.UTF_8), discord.token());

        // THEN the first answer is 500 and the second 200, yet both messages are in the channel
        assertEquals(500, lost.statusCode());
        assertEquals(200, normal.statusCode());
        // Both are in the channel: the first answer was lost, not the message.
        assertEquals(2, discord.messagesIn(FakeDiscordConfig.CHANNEL_ID).size());
        assertEquals(500, discord.requests(RecordedRequest.to("POST", "channels/\\d+/messages")).get(0).status());
    }

    @Test
    @DisplayName("an enforced nonce returns the first message until the fake forgets it")
    void anEnforcedNonceReturnsTheFirstMessageUntilForgotten() throws Exception {
        // GIVEN a post with an enforced nonce, and the same nonce not enforced
        String path = "channels/" + FakeDiscordConfig.CHANNEL_ID + "/messages";
        byte[] enforced = "{\"content\":\"m\",\"nonce\":\"ig1\",\"enforce_nonce\":true}".getBytes(StandardCharsets.UTF_8);
        byte[] loose = "{\"content\":\"m\",\"nonce\":\"ig1\"}".getBytes(StandardCharsets.UTF_8);

        // WHEN the enforced one is posted twice
        String first = DiscordJson.parse(send("POST", path, "application/json", enforced, discord.token()).body())
                .path("id").asText();
        String again = DiscordJson.parse(send("POST", path, "application/json", enforced, discord.token()).body())
                .path("id").asText();
        // THEN the same message comes back and only one is created
        assertEquals(first, again, "the same message, nothing created");
        assertEquals(1, discord.messagesIn(FakeDiscordConfig.CHANNEL_ID).size());

        // WHEN the same nonce comes without enforce_nonce
        send("POST", path, "application/json", loose, discord.token());
        // THEN a new message is created
        assertEquals(2, discord.messagesIn(FakeDiscordConfig.CHANNEL_ID).size(), "not enforced: a new message");

        // WHEN the fake has forgotten the nonce and the enforced one comes again
        discord.forgetNonces();
        send("POST", path, "application/json", enforced, discord.token());
        // THEN a new message is created
        assertEquals(3, discord.messagesIn(FakeDiscordConfig.CHANNEL_ID).size(), "minutes later: a new message");
    }

    @Test
    @DisplayName("a rate limit answer carries the headers JDA reads")
    void rateLimitAnswersCarryTheHeadersJdaReads() throws Exception {
        // GIVEN the next users/@me call is rate limited for 0.05 s
        discord.rateLimitNext("*", "users/@me", 0.05, 1);

        // WHEN it is called
        HttpResponse<String> response = send("GET", "users/@me", null, null, discord.token());

        // THEN the answer is 429 with Retry-After in whole seconds, a Via header and the exact retry_after
        assertEquals(429, response.statusCode());
        assertEquals("1", response.headers().firstValue("Retry-After").orElseThrow(), "whole seconds");
        assertTrue(response.headers().firstValue("Via").isPresent(), "else JDA assumes a Cloudflare ban");
        assertEquals(0.05, DiscordJson.parse(response.body()).path("retry_after").asDouble());
    }

    @Test
    @DisplayName("waiting for a request that never comes fails the test with an AssertionError")
    void awaitRequestGivesUpWithAnAssertionError() {
        // GIVEN no request to 'never' is ever made
        // WHEN a test waits for one
        // THEN it gets an AssertionError that says it timed out
        AssertionError error = assertThrows(AssertionError.class,
                () -> discord.awaitRequest(RecordedRequest.to("GET", "never"), Duration.ofMillis(50)));
        assertTrue(error.getMessage().contains("timed out"));
    }

    @Test
    @DisplayName("sending an interaction before any bot identified is an error")
    void dispatchingBeforeAnyoneIdentifiedIsAnError() {
        // GIVEN a fake no bot has logged in to
        // WHEN a slash command is sent
        // THEN the fake refuses with IllegalStateException
        assertThrows(IllegalStateException.class, () -> discord.sendSlashCommand(SlashCommand.of("instagram")));
    }
}
