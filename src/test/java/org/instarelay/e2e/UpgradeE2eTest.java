package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.instarelay.discord.ServerAccess;
import org.instarelay.fakediscord.DiscordJson;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.SlashCommand;
import org.instarelay.store.OldReleaseFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: a database of the release before servers and subscriptions upgrades in place: nothing lost, nothing posted twice")
@Timeout(90)
class UpgradeE2eTest {
    private static final String CAMPUS = "17841400000000002";
    private static final String B = FakeDiscordConfig.SERVER_B_ID;
    private static final String B_CHANNEL = FakeDiscordConfig.SERVER_B_CHANNEL_ID;
    private static final String ACCOUNT = """
            INSERT INTO accounts (ig_user_id, username, access_token, token_expires_at, token_refreshed_at, status,
                                  channel_id, connected_at, connected_by, needs_baseline, last_poll_kind)
            VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, 'alice', 0, 'NEW_POSTS')""";
    private static final String MEDIA = """
            INSERT INTO media (id, account_id, media_type, caption, media_url, permalink, published_at, username,
                               children_json, stored_at)
            VALUES (?, ?, 'IMAGE', ?, 'https://cdn.example/x.jpg', ?, ?, ?, '[]', ?)""";
    private static final String DELIVERY = """
            INSERT INTO deliveries (media_id, state, target, message_id, attempts, updated_at) VALUES (?, ?, ?, ?, ?, ?)""";

    // GIVEN the bot in home server A and server B (allowed), no account connected yet
    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot().onServers(
            FakeDiscordConfig.builder().server(FakeDiscordConfig.serverB()).build(), ServerAccess.listed(Set.of(B)));
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("each account becomes a subscription in its channel's server; DELIVERED stays, SENDING is looked for, PENDING goes once")
    void upgradesInPlace() {
        // GIVEN the old release's file: acme posting to discord.channel-id (no channel of its own) with one
        // post delivered, one caught SENDING by a crash (it is in the channel) and one waiting; and
        // campus posting to a channel of server B, one post waiting
        harness.instagram.addAccount(CAMPUS, "campus.news");
        String delivered = harness.publish("delivered before the upgrade");
        String sending = harness.publish("sending when it crashed");
        String waiting = harness.publish("still waiting");
        String campus = harness.publishAs(CAMPUS, "campus waiting");
        String seeded = postAsTheBot(E2eHarness.CHANNEL, sending);

        // WHEN the new release starts on it
        harness.restartAfter(() -> writeOldFile(harness.settings().databasePath(), delivered, sending, waiting, campus));
        harness.pollNow();

        // THEN A's channel holds the crashed post once (found, not resent) and the waiting one once; the
        // delivered one was not posted again
        assertEquals(List.of(E2eHarness.permalink(sending), E2eHarness.permalink(waiting)),
                harness.postedLinks(E2eHarness.CHANNEL));
        assertEquals(seeded, harness.recordedMessageId(sending));
        assertEquals("1577000000000000042", harness.recordedMessageId(delivered));
        // AND campus's waiting post went to its channel in B, once
        assertEquals(List.of(E2eHarness.permalink(campus)), harness.postedLinks(B_CHANNEL));
        // AND each server sees the account whose channel it owns, and only that one
        String inA = harness.say(instagram("status"), E2eHarness.CHANNEL, FakeDiscordConfig.MEMBER);
        assertTrue(inA.contains(E2eHarness.USERNAME) && !inA.contains("campus.news"), inA);
        String inB = harness.say(instagram("status"), B_CHANNEL, FakeDiscordConfig.SERVER_B_MEMBER);
        assertTrue(inB.contains("campus.news") && !inB.contains(E2eHarness.USERNAME), inB);
        // AND the file is at the newest schema
        assertEquals(OldReleaseFile.latestVersion(), OldReleaseFile.schemaVersion(harness.settings().databasePath()));

        // WHEN it restarts and polls again
        harness.restart();
        harness.pollNow();

        // THEN nothing was posted twice: the bot's own requests were the two posts that were waiting
        assertEquals(2, harness.postedLinks(E2eHarness.CHANNEL).size());
        assertEquals(1, harness.postedLinks(B_CHANNEL).size());
        assertEquals(3, harness.channelPosts().size(), "the seeded message and two posts: " + harness.channelPosts());
        assertFalse(harness.postedLinks(E2eHarness.CHANNEL).contains(E2eHarness.permalink(delivered)));
    }

    /** A message the old release had sent (Discord has it; the file says SENDING): returns its id. */
    private String postAsTheBot(String channelId, String mediaId) {
        String body = "{\"embeds\":[{\"type\":\"rich\",\"url\":\"" + E2eHarness.permalink(mediaId)
                + "\",\"description\":\"sent by the old release\"}]}";
        Request request = new Request.Builder().url(harness.discord.restUrl() + "channels/" + channelId + "/messages")
                .header("Authorization", "Bot " + harness.discord.token())
                .post(RequestBody.create(body, MediaType.get("application/json"))).build();
        try (Response response = new OkHttpClient().newCall(request).execute()) {
            assertEquals(200, response.code());
            return DiscordJson.parse(response.body().string()).path("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeOldFile(Path file, String delivered, String sending, String waiting, String campus) {
        long now = Instant.now().toEpochMilli();
        long hour = 3_600_000;
        try (OldReleaseFile old = OldReleaseFile.create(file, 4)) {
            old.insert(ACCOUNT, E2eHarness.IG_USER, E2eHarness.USERNAME,
                            harness.instagram.issueLongLivedToken(E2eHarness.IG_USER), now + 50 * 24 * hour, now, null, now)
                    .insert(ACCOUNT, CAMPUS, "campus.news", harness.instagram.issueLongLivedToken(CAMPUS),
                            now + 50 * 24 * hour, now, B_CHANNEL, now);
            post(old, delivered, E2eHarness.IG_USER, E2eHarness.USERNAME, now - 4 * hour);
            post(old, sending, E2eHarness.IG_USER, E2eHarness.USERNAME, now - 3 * hour);
            post(old, waiting, E2eHarness.IG_USER, E2eHarness.USERNAME, now - 2 * hour);
            post(old, campus, CAMPUS, "campus.news", now - hour);
            old.insert(DELIVERY, delivered, "DELIVERED", E2eHarness.CHANNEL, "1577000000000000042", 1, now)
                    .insert(DELIVERY, sending, "SENDING", E2eHarness.CHANNEL, null, 1, now)
                    .insert(DELIVERY, waiting, "PENDING", null, null, 0, now)
                    .insert(DELIVERY, campus, "PENDING", null, null, 0, now);
        } catch (Exception e) {
            throw new AssertionError("could not write the old file: " + e, e);
        }
    }

    private static void post(OldReleaseFile old, String id, String account, String username, long at) throws Exception {
        old.insert(MEDIA, id, account, "post " + id, E2eHarness.permalink(id), at, username, at);
    }

    private static SlashCommand instagram(String subcommand) {
        return SlashCommand.of("instagram").subcommand(subcommand);
    }
}
