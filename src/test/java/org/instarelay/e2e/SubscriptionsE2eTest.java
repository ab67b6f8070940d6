package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.instarelay.discord.ServerAccess;
import org.instarelay.fakediscord.FakeDiscord;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.Fault;
import org.instarelay.fakediscord.SlashCommand;
import org.instarelay.store.AccountState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: subscriptions: each channel gets the posts its options let through, once, and fails alone")
@Timeout(90)
class SubscriptionsE2eTest {
    private static final String A_CHANNEL = E2eHarness.CHANNEL;
    private static final String A_OTHER = FakeDiscordConfig.OTHER_CHANNEL_ID;
    private static final String B = FakeDiscordConfig.SERVER_B_ID;
    private static final String B_CHANNEL = FakeDiscordConfig.SERVER_B_CHANNEL_ID;
    private static final String B_VIDEO = FakeDiscordConfig.SERVER_B_OTHER_CHANNEL_ID;
    private static final String VIDEO_ROLE = FakeDiscordConfig.SERVER_B_VIDEO_ROLE_ID;

    // GIVEN home server A with the account connected in its channel, and server B allowed
    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot().connectedAndSettled().onServers(
            FakeDiscordConfig.builder().server(FakeDiscordConfig.serverB()).build(), ServerAccess.listed(Set.of(B)));
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("two channels with different filters and a role mention get exactly their posts, each once")
    void filtersAndMention() {
        // GIVEN B connects the same account in #b-instagram, and sends only videos without #ad to
        // #b-general with a ping for @Video
        String connected = E2eHarness.words(harness.connectAs(FakeDiscordConfig.SERVER_B_ADMIN, B_CHANNEL,
                E2eHarness.IG_USER));
        assertTrue(connected.contains("Connected @" + E2eHarness.USERNAME), connected);
        String subscribed = harness.say(instagram("subscribe").channelOption("channel", B_VIDEO)
                .roleOption("mention", VIDEO_ROLE).option("skip", "#ad").option("kinds", "videos"),
                B_CHANNEL, FakeDiscordConfig.SERVER_B_ADMIN);
        assertTrue(subscribed.contains("now also go to") && subscribed.contains("skip: #ad")
                && subscribed.contains("kinds: videos") && subscribed.contains("@Video"), subscribed);

        // WHEN the account publishes a photo, a video and a video with #ad, and two cycles run
        String photo = harness.publish("sunny day @everyone");
        String video = harness.publishVideo("8001", "match highlights");
        String advert = harness.publishVideo("8002", "sponsored #ad");
        harness.pollNow();
        harness.pollNow();

        // THEN A's channel and B's first channel got all three, once each, oldest first
        List<String> all = List.of(E2eHarness.permalink(photo), E2eHarness.permalink(video), E2eHarness.permalink(advert));
        assertEquals(all, harness.postedLinks(A_CHANNEL));
        assertEquals(all, harness.postedLinks(B_CHANNEL));
        // AND #b-general only the plain video, pinging @Video and nobody else
        assertEquals(List.of(E2eHarness.permalink(video)), harness.postedLinks(B_VIDEO));
        JsonNode ping = harness.posts(B_VIDEO).get(0);
        assertEquals(List.of(VIDEO_ROLE), FakeDiscord.mentionRoles(ping));
        JsonNode allowed = harness.discord.allowedMentions(ping.path("id").asText()).orElseThrow();
        assertEquals(0, allowed.path("parse").size(), allowed.toString());
        assertEquals(VIDEO_ROLE, allowed.path("roles").path(0).asText(), allowed.toString());
        // AND the posts without a mention ping nobody, not even the caption's @everyone
        assertEquals(List.of(), FakeDiscord.mentionRoles(harness.posts(B_CHANNEL).get(0)));
        assertEquals(0, harness.discord.allowedMentions(harness.posts(B_CHANNEL).get(0).path("id").asText())
                .orElseThrow().path("parse").size());

        // WHEN B asks what became of the posts
        String history = harness.say(instagram("history"), B_CHANNEL, FakeDiscordConfig.SERVER_B_MEMBER);

        // THEN each left-out post says which option left it out, and the posted one links to its message
        assertTrue(history.contains("left out (kinds: videos only; this is a photo)"), history);
        assertTrue(history.contains("left out (skip: #ad)"), history);
        assertTrue(history.contains("https://discord.com/channels/" + B + "/" + B_VIDEO + "/" + ping.path("id").asText()),
                history);
        // AND B's status lists both channels with their options
        String status = harness.say(instagram("status"), B_CHANNEL, FakeDiscordConfig.SERVER_B_MEMBER);
        assertTrue(status.contains("skip: #ad · kinds: videos"), status);
    }

    @Test
    @DisplayName("a deleted channel holds only its own posts; unsubscribing it ends the wait, and the last channel stays")
    void deletedChannelHoldsOnlyItsOwn() {
        // GIVEN A sends the account's posts to a second channel too, which is then deleted
        String subscribed = harness.say(instagram("subscribe").channelOption("channel", A_OTHER), A_CHANNEL,
                FakeDiscordConfig.ADMIN);
        assertTrue(subscribed.contains("now also go to"), subscribed);
        harness.discord.deleteChannel(A_OTHER);

        // WHEN two posts are published and a cycle runs
        List<String> ids = harness.publish(2, "while one is gone");
        harness.pollNow();

        // THEN the channel that works got both, in order; the deleted one's posts wait, and status says why there
        assertEquals(List.of(E2eHarness.permalink(ids.get(0)), E2eHarness.permalink(ids.get(1))),
                harness.postedLinks(A_CHANNEL));
        assertEquals(2, harness.waiting());
        String status = harness.say(instagram("status"), A_CHANNEL, FakeDiscordConfig.MEMBER);
        assertTrue(status.contains("no longer exists"), status);

        // WHEN an admin unsubscribes the deleted channel, and tries to unsubscribe the last one
        String removed = harness.say(instagram("unsubscribe").channelOption("channel", A_OTHER), A_CHANNEL,
                FakeDiscordConfig.ADMIN);
        assertTrue(removed.contains("no longer gets"), removed);
        String refused = harness.say(instagram("unsubscribe").channelOption("channel", A_CHANNEL), A_CHANNEL,
                FakeDiscordConfig.ADMIN);

        // THEN nothing waits any more, history says why those posts did not go there, and the last channel stays
        assertEquals(0, harness.waiting());
        assertTrue(refused.contains("last channel") && refused.contains("/instagram pause")
                && refused.contains("/instagram disconnect"), refused);
        String published = harness.say(instagram("history"), A_CHANNEL, FakeDiscordConfig.MEMBER);
        assertTrue(published.contains("not posted: unsubscribed before it went out"), published);
        harness.pollNow();
        assertEquals(2, harness.postedLinks(A_CHANNEL).size());
    }

    @Test
    @DisplayName("killed between Discord taking a post in one channel and the bot recording it: after restart that channel is searched, nothing is sent twice")
    void crashRecoveryPerSubscription() {
        // GIVEN two channels get the account's posts, and the answer to the next post in the second is lost
        harness.say(instagram("subscribe").channelOption("channel", A_OTHER), A_CHANNEL, FakeDiscordConfig.ADMIN);
        harness.discord.carryOutButFailNext("POST", "channels/" + A_OTHER + "/messages", 500, Fault.INTERNAL_ERROR, 1);
        String id = harness.publish("one post, two channels");

        // WHEN a cycle sends it to both, the bot dies before recording the second, and restarts minutes later
        harness.pollNow();
        assertEquals(1, harness.posts(A_OTHER).size(), "it is in the second channel");
        assertEquals(1, harness.waiting(), "but recorded as sent only in the first");
        harness.discord.forgetNonces();
        harness.restart();
        harness.pollNow();

        // THEN each channel holds it once: the second channel was searched, not posted to again
        assertEquals(List.of(E2eHarness.permalink(id)), harness.postedLinks(A_CHANNEL));
        assertEquals(List.of(E2eHarness.permalink(id)), harness.postedLinks(A_OTHER));
        assertEquals(2, harness.channelPosts().size(), harness.channelPosts().toString());
        assertEquals(0, harness.waiting());
        assertTrue(harness.logs.text().contains("already posted before a restart"));
    }

    @Test
    @DisplayName("B connects its own account and the same one as A: polled once, each server its own channels, pause and disconnect")
    void twoServersOneAccount() {
        // GIVEN B connects an account of its own and the one A has
        harness.instagram.addAccount("17841400000000002", "campus.news");
        assertTrue(E2eHarness.words(harness.connectAs(FakeDiscordConfig.SERVER_B_ADMIN, B_CHANNEL, "17841400000000002"))
                .contains("Connected @campus.news"));
        assertTrue(E2eHarness.words(harness.connectAs(FakeDiscordConfig.SERVER_B_ADMIN, B_CHANNEL, E2eHarness.IG_USER))
                .contains("from now on"));
        harness.pollNow();
        int requestsBefore = harness.instagram.mediaRequests();

        // WHEN both accounts publish and a cycle runs
        String shared = harness.publish("for both servers");
        String campus = harness.publishAs("17841400000000002", "campus only");
        harness.pollNow();

        // THEN the shared account was read once for both servers, and each channel got what its server holds
        assertEquals(2, harness.instagram.mediaRequests() - requestsBefore, "one media request per account");
        assertEquals(List.of(E2eHarness.permalink(shared)), harness.postedLinks(A_CHANNEL));
        assertEquals(List.of(E2eHarness.permalink(shared), E2eHarness.permalink(campus)), harness.postedLinks(B_CHANNEL));
        // AND A sees only its account, B both
        String inA = harness.say(instagram("status"), A_CHANNEL, FakeDiscordConfig.MEMBER);
        assertFalse(inA.contains("campus.news"), inA);
        String inB = harness.say(instagram("status"), B_CHANNEL, FakeDiscordConfig.SERVER_B_MEMBER);
        assertTrue(inB.contains("campus.news") && inB.contains(E2eHarness.USERNAME), inB);

        // WHEN B pauses the shared account and it publishes again
        harness.say(instagram("pause").option("account", E2eHarness.USERNAME), B_CHANNEL, FakeDiscordConfig.SERVER_B_ADMIN);
        String paused = harness.publish("while B paused");
        harness.pollNow();

        // THEN A still gets it, B's waits
        assertEquals(2, harness.postedLinks(A_CHANNEL).size());
        assertFalse(harness.postedLinks(B_CHANNEL).contains(E2eHarness.permalink(paused)));

        // WHEN B disconnects the shared account (confirming)
        JsonNode done = harness.callback(harness.discord.sendButtonClick("instagram:disconnect:" + E2eHarness.USERNAME,
                "1577000000000000009", FakeDiscordConfig.SERVER_B_ADMIN, B_CHANNEL)).payload();

        // THEN only B let go: the token lives on for A, which still gets new posts
        assertTrue(E2eHarness.words(done).contains("from this server"), E2eHarness.words(done));
        assertEquals(AccountState.ACTIVE, harness.account().state());
        assertNotNull(harness.account().token().accessToken());
        String after = harness.publish("after B left");
        harness.pollNow();
        assertTrue(harness.postedLinks(A_CHANNEL).contains(E2eHarness.permalink(after)));
        assertFalse(harness.postedLinks(B_CHANNEL).contains(E2eHarness.permalink(after)));
        assertFalse(harness.say(instagram("status"), B_CHANNEL, FakeDiscordConfig.SERVER_B_MEMBER)
                .contains(E2eHarness.USERNAME));

        // WHEN A, the last server that has it, disconnects it too
        JsonNode last = harness.callback(harness.discord.sendButtonClick("instagram:disconnect:" + E2eHarness.USERNAME,
                "1577000000000000010", FakeDiscordConfig.ADMIN, A_CHANNEL)).payload();

        // THEN the token is forgotten, and B's own account goes on
        assertTrue(E2eHarness.words(last).contains("its token is forgotten"), E2eHarness.words(last));
        assertEquals(AccountState.DISCONNECTED, harness.account().state());
        assertEquals(null, harness.account().token().accessToken());
        String campusAgain = harness.publishAs("17841400000000002", "campus goes on");
        harness.pollNow();
        assertTrue(harness.postedLinks(B_CHANNEL).contains(E2eHarness.permalink(campusAgain)));
    }

    private static SlashCommand instagram(String subcommand) {
        return SlashCommand.of("instagram").subcommand(subcommand);
    }
}
