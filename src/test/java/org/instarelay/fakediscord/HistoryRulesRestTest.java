package org.instarelay.fakediscord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The channel history and held-post rules of the fake (REST_RULES.md), over plain HTTP. */
@DisplayName("The fake Discord's history and held posts, over plain HTTP")
class HistoryRulesRestTest {
    private static final String CHANNEL = FakeDiscordConfig.CHANNEL_ID;
    private final HttpClient http = HttpClient.newHttpClient();
    @AutoClose
    private final FakeDiscord discord = FakeDiscord.start();

    @Test
    @DisplayName("after= gives the oldest messages after the marker, newest first; a default page is 50")
    void afterPages() throws Exception {
        // GIVEN 120 messages in the channel
        discord.seedBotMessages(CHANNEL, 120);
        List<String> ids = discord.messagesIn(CHANNEL).stream().map(m -> m.path("id").asText()).toList();

        // WHEN the messages after the 10th are asked for, 100 at a time, and with no limit
        JsonNode page = json(get("channels/" + CHANNEL + "/messages?after=" + ids.get(9) + "&limit=100"));
        JsonNode plain = json(get("channels/" + CHANNEL + "/messages"));

        // THEN the page is the 11th to the 110th, sorted newest first
        assertEquals(100, page.size());
        assertEquals(ids.get(109), page.get(0).path("id").asText());
        assertEquals(ids.get(10), page.get(99).path("id").asText());
        // AND without a limit it is the 50 newest
        assertEquals(50, plain.size());
        assertEquals(ids.get(119), plain.get(0).path("id").asText());
    }

    @Test
    @DisplayName("a limit outside 1 to 100 is 400 Invalid Form Body")
    void limitOutOfRange() throws Exception {
        for (String limit : List.of("0", "101", "many")) {
            HttpResponse<String> response = get("channels/" + CHANNEL + "/messages?limit=" + limit);
            assertEquals(400, response.statusCode(), limit);
            assertEquals(50035, json(response).path("code").asInt(), response.body());
        }
    }

    @Test
    @DisplayName("without Read Message History the page is empty, not an error; without View Channel it is 403 Missing Access")
    void permissions() throws Exception {
        long noHistory = DiscordPermissions.DEFAULT_EVERYONE & ~DiscordPermissions.READ_MESSAGE_HISTORY;
        // GIVEN a message in a channel whose server denies the bot Read Message History
        try (FakeDiscord denied = FakeDiscord.builder().everyonePermissions(noHistory).start()) {
            denied.seedBotMessages(CHANNEL, 1);

            // WHEN the history is read THEN Discord answers an empty list
            HttpResponse<String> response = get(denied, "channels/" + CHANNEL + "/messages");
            assertEquals(200, response.statusCode());
            assertEquals(0, json(response).size());
        }
        // GIVEN a server that denies View Channel too
        try (FakeDiscord denied = FakeDiscord.builder()
                .everyonePermissions(noHistory & ~DiscordPermissions.VIEW_CHANNEL).start()) {
            // WHEN the history is read THEN 403 Missing Access
            HttpResponse<String> response = get(denied, "channels/" + CHANNEL + "/messages");
            assertEquals(403, response.statusCode());
            assertEquals(50001, json(response).path("code").asInt());
        }
    }

    @Test
    @DisplayName("a held post is stored on release; a repeat of its nonce sent meanwhile is a second message, one sent after returns the first")
    void heldPosts() throws Exception {
        // GIVEN Discord holds channel posts, and one is sent
        HeldSends held = discord.heldSends();
        held.hold();
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> post("n1"));
        held.awaitHeld(1, Duration.ofSeconds(5));
        assertEquals(0, discord.messagesIn(CHANNEL).size(), "not stored while held");

        // WHEN a repeat with the same nonce comes while the first is held, and both are released
        CompletableFuture<HttpResponse<String>> repeat = CompletableFuture.supplyAsync(() -> post("n1"));
        held.awaitHeld(2, Duration.ofSeconds(5));
        held.release();

        // THEN both were created (each passed the nonce check when taken)
        assertEquals(200, first.get().statusCode());
        assertEquals(200, repeat.get().statusCode());
        assertEquals(2, discord.messagesIn(CHANNEL).size());
        // AND a repeat after that returns a message with that nonce and creates nothing
        HttpResponse<String> later = post("n1");
        assertEquals(200, later.statusCode());
        assertEquals(2, discord.messagesIn(CHANNEL).size());
        assertTrue(List.of(id(first.get()), id(repeat.get())).contains(id(later)), later.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(discord, path);
    }

    private HttpResponse<String> get(FakeDiscord fake, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(fake.restUrl() + path))
                .header("Authorization", "Bot " + fake.token()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String nonce) {
        String body = "{\"content\":\"hello\",\"nonce\":\"" + nonce + "\",\"enforce_nonce\":true}";
        try {
            return http.send(request("channels/" + CHANNEL + "/messages").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(discord.restUrl() + path)).header("Authorization", "Bot " + discord.token());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return DiscordJson.parse(response.body());
    }

    private static String id(HttpResponse<String> response) {
        return json(response).path("id").asText();
    }
}
