package org.instarelay.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import org.instarelay.commands.Arguments;
import org.instarelay.commands.Reply;
import org.instarelay.common.Requester;
import org.instarelay.store.AccountState;
import org.instarelay.testing.CoreFixture;
import org.instarelay.testing.FakeInstagram;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Poll cycles against Instagram on 127.0.0.1 and a real SQLite file. */
class CollectorTest {
    private static final String USER = "17841405793187218";
    private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

    @RegisterExtension
    final CoreFixture fixture = CoreFixture.account(USER, "mountaineers");

    private int minutes;

    @BeforeEach
    void connect() {
        publish("existing");
        assertFalse(fixture.bot().connectAccount(USER).failed());
    }

    private String publish(String caption) {
        return fixture.instagram().publish(USER, START.plus(Duration.ofMinutes(++minutes)), caption);
    }

    private List<String> publish(int count, String prefix) {
        List<String> captions = new ArrayList<>();
        IntStream.rangeClosed(1, count).forEach(i -> {
            publish(prefix + i);
            captions.add(prefix + i);
        });
        return captions;
    }

    @Test
    @DisplayName("new posts go out oldest first, each once, and an idle cycle costs one request")
    void newPostsOnce() {
        publish("first");
        publish("second");

        fixture.bot().poll();
        int before = fixture.instagram().mediaRequests();
        fixture.bot().poll();

        assertEquals(List.of("first", "second"), fixture.bot().publisher.captions());
        assertEquals(1, fixture.instagram().mediaRequests() - before, "idle cycle: one media request");
    }

    @Test
    @DisplayName("60 new posts are read across 3 pages, stopping at the first known post, all posted in order")
    void paging() {
        List<String> captions = publish(60, "burst ");
        int before = fixture.instagram().mediaRequests();

        fixture.bot().poll();

        assertEquals(3, fixture.instagram().mediaRequests() - before, "ceil(60 / 25) pages and no more");
        assertEquals(captions, fixture.bot().publisher.captions());
    }

    @Test
    @DisplayName("after a restart nothing is posted twice")
    void restart() throws Exception {
        publish("before restart");
        fixture.bot().poll();

        fixture.bot().restart();
        publish("after restart");
        fixture.bot().poll();

        assertEquals(List.of("before restart", "after restart"), fixture.bot().publisher.captions());
    }

    @Test
    @DisplayName("a 500, a timeout and a non-JSON body are retried and the post still goes out once")
    void transientFaultsRetried() {
        publish("survivor");
        fixture.instagram().failNextMedia(
                new MockResponse.Builder().code(500).body("oops").build(),
                new MockResponse.Builder().code(200).body("<html>maintenance</html>").build());

        fixture.bot().poll();

        assertEquals(List.of("survivor"), fixture.bot().publisher.captions());
    }

    @Test
    @DisplayName("an outage longer than the retries loses nothing: the next cycle posts it, and status says why")
    void outageLeavesWorkForNextCycle() throws Exception {
        publish("delayed");
        MockResponse slow = new MockResponse.Builder().code(200).body("{}")
                .headersDelay(2, java.util.concurrent.TimeUnit.SECONDS).build();
        fixture.instagram().failNextMedia(new MockResponse.Builder().code(503).body("").build(), slow,
                new MockResponse.Builder().code(502).body("").build());

        fixture.bot().poll();
        String status = fixture.bot().status();
        fixture.bot().poll();

        assertTrue(status.contains("Instagram did not answer"), status);
        assertEquals(List.of("delayed"), fixture.bot().publisher.captions());
    }

    @Test
    @DisplayName("a dead token stops polling, is announced once, and posts published meanwhile go out after reconnecting")
    void tokenDeathAndCatchUp() throws Exception {
        fixture.instagram().revokeTokensOf(USER);
        fixture.bot().poll();
        fixture.bot().poll();
        int afterDeath = fixture.instagram().mediaRequests();
        fixture.bot().poll();
        List<String> meanwhile = publish(30, "while dead ");

        assertEquals(AccountState.NEEDS_REAUTH, fixture.bot().store().accounts().find(USER).orElseThrow().state());
        assertEquals(1, fixture.bot().publisher.announcements().size(), "told once");
        assertTrue(fixture.bot().publisher.announcements().get(0).contains("connect"), fixture.bot().publisher.announcements().get(0));
        assertEquals(afterDeath, fixture.instagram().mediaRequests(), "no longer polled");
        assertTrue(fixture.bot().status().contains("needs authorizing again"));

        Reply reconnected = fixture.bot().connectAccount(USER);
        fixture.bot().poll();

        assertTrue(reconnected.text().startsWith("Reconnected @mountaineers"), reconnected.text());
        assertEquals(meanwhile, fixture.bot().publisher.captions());
    }

    @Test
    @DisplayName("a dead token whose notice could not be posted is announced by a later cycle, once, without polling")
    void tokenDeathNoticeRetried() throws Exception {
        fixture.bot().publisher.failNextAnnouncements(1);
        fixture.instagram().revokeTokensOf(USER);
        fixture.bot().poll();
        int afterDeath = fixture.instagram().mediaRequests();

        assertEquals(List.of(), fixture.bot().publisher.announcements(), "the first try failed");

        fixture.bot().poll();
        fixture.bot().poll();

        assertEquals(1, fixture.bot().publisher.announcements().size(), fixture.bot().publisher.announcements().toString());
        assertTrue(fixture.bot().publisher.announcements().get(0).contains("must be connected again"));
        assertEquals(afterDeath, fixture.instagram().mediaRequests(), "still not polled");
    }

    @Test
    @DisplayName("a rate limit makes the account wait instead of calling again every cycle")
    void rateLimitBacksOff() throws Exception {
        fixture.instagram().failNextMedia(FakeInstagram.error(400, 17, null, "User request limit reached"));
        fixture.bot().poll();
        int after = fixture.instagram().mediaRequests();

        fixture.bot().poll();

        assertEquals(after, fixture.instagram().mediaRequests(), "no call while backing off");
        assertTrue(fixture.bot().status().contains("rate limit"));
        fixture.bot().clock.advance(Duration.ofHours(2));
        publish("later");
        fixture.bot().poll();
        assertEquals(List.of("later"), fixture.bot().publisher.captions());
    }

    @Test
    @DisplayName("a post the channel refused goes out in a later cycle, exactly once, and in order")
    void refusedPostRetried() throws Exception {
        publish("one");
        publish("two");
        fixture.bot().publisher.refuseNext(1, "Missing permission: Attach Files in #photos");

        fixture.bot().poll();
        String status = fixture.bot().status();
        fixture.bot().poll();
        fixture.bot().poll();

        assertTrue(status.contains("Missing permission: Attach Files"), status);
        assertEquals(List.of("one", "two"), fixture.bot().publisher.captions());
        assertFalse(fixture.bot().status().contains("posting problem"));
    }

    @Test
    @DisplayName("a crash between sending and recording does not post twice: the post is found and recorded")
    void crashBetweenSendAndRecord() throws Exception {
        publish("sent before crash");
        fixture.bot().publisher.crashAfterNext(1);
        fixture.bot().poll();

        fixture.bot().restart();
        fixture.bot().poll();

        assertEquals(List.of("sent before crash"), fixture.bot().publisher.captions());
        assertEquals(0, fixture.bot().store().media().counts(USER).queued());
        assertEquals(1, fixture.bot().store().media().counts(USER).delivered(), "recorded as delivered");
    }

    @Test
    @DisplayName("a post maybe sent before the account's channel changed is looked for where it was sent, not posted again")
    void crashThenChannelChange() throws Exception {
        publish("sent to the old channel");
        fixture.bot().publisher.crashAfterNext(1);
        fixture.bot().poll();

        fixture.bot().core().commands().run("channel", Requester.console(), org.instarelay.common.Surface.DISCORD,
                Arguments.builder().channel("channel", new Arguments.ChannelChoice("222222222222222222", "#new")).build());
        fixture.bot().restart();
        publish("after the move");
        fixture.bot().poll();

        assertEquals(List.of("sent to the old channel", "after the move"), fixture.bot().publisher.captions());
        assertEquals("222222222222222222", fixture.bot().publisher.published().get(1).channelId());
    }

    @Test
    @DisplayName("pause keeps collecting without posting; resume posts what arrived meanwhile")
    void pauseAndResume() {
        fixture.bot().run("pause", Arguments.none());
        publish("during pause");
        fixture.bot().poll();
        assertTrue(fixture.bot().publisher.published().isEmpty());

        fixture.bot().run("resume", Arguments.none());
        fixture.bot().poll();

        assertEquals(List.of("during pause"), fixture.bot().publisher.captions());
    }

    @Test
    @DisplayName("a queued post deleted on Instagram before it could go out is skipped; the next one still goes")
    void deletedWhileQueued() throws Exception {
        String doomed = publish("deleted meanwhile");
        publish("kept");
        fixture.bot().publisher.refuseNext(1, "Discord answered 500");
        fixture.bot().poll();

        fixture.instagram().delete(doomed);
        fixture.bot().poll();

        assertEquals(List.of("kept"), fixture.bot().publisher.captions());
        assertEquals(0, fixture.bot().store().media().counts(USER).queued());
        // The console's status and history say what became of it
        String status = fixture.bot().status();
        assertTrue(status.contains("1 post skipped: deleted on Instagram before it went out"), status);
        String history = fixture.bot().run("history", Arguments.none()).text();
        assertTrue(history.contains("not posted: deleted on Instagram before it went out"), history);
    }

    @Test
    @DisplayName("a dead token is told once to each server that has the account, in its first channel, not in every channel")
    void deadTokenToldOncePerServer() throws Exception {
        // GIVEN a second server has the account in two channels, besides the console's server
        org.instarelay.store.SubscriptionRepository others = fixture.bot().store().subscriptions();
        others.hold("server-b", USER, "b-first", "someone", fixture.bot().clock.instant());
        others.subscribe("server-b", USER, "b-second", org.instarelay.store.Subscription.Options.NONE, "someone",
                fixture.bot().clock.instant());

        // WHEN Instagram stops accepting the token, and two cycles run
        fixture.instagram().revokeTokensOf(USER);
        fixture.bot().poll();
        fixture.bot().poll();

        // THEN each server was told once: the console's in its channel, server B in its first channel
        java.util.List<String> channels = fixture.bot().publisher.notices().stream()
                .map(notice -> String.valueOf(notice.channelId())).sorted().toList();
        assertEquals(java.util.List.of("b-first", "null"), channels);
    }
}
