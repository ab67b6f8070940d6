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
import org.instarelay.commands.Reply;
import org.instarelay.common.Requester;
import org.instarelay.store.AccountState;
import org.instarelay.testing.BotHarness;
import org.instarelay.testing.CoreExtension;
import org.instarelay.testing.FakeInstagram;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Poll cycles against Instagram on 127.0.0.1 and a real SQLite file. */
class CollectorTest {
    private static final String USER = "17841405793187218";
    private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

    @RegisterExtension
    final CoreExtension fixture = CoreExtension.withAccount(USER).beforeStart(fake -> publish("existing")).connected();
    /** Set by {@link #fixture} before each test. */
    private FakeInstagram instagram;
    private BotHarness bot;
    private int minutes;

    private String publish(String caption) {
        return instagram.publish(USER, START.plus(Duration.ofMinutes(++minutes)), caption);
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

        bot.poll();
        int before = instagram.mediaRequests();
        bot.poll();

        assertEquals(List.of("first", "second"), bot.publisher.captions());
        assertEquals(1, instagram.mediaRequests() - before, "idle cycle: one media request");
    }

    @Test
    @DisplayName("60 new posts are read across 3 pages, stopping at the first known post, all posted in order")
    void paging() {
        List<String> captions = publish(60, "burst ");
        int before = instagram.mediaRequests();

        bot.poll();

        assertEquals(3, instagram.mediaRequests() - before, "ceil(60 / 25) pages and no more");
        assertEquals(captions, bot.publisher.captions());
    }

    @Test
    @DisplayName("after a restart nothing is posted twice")
    void restart() throws Exception {
        publish("before restart");
        bot.poll();

        bot.restart();
        publish("after restart");
        bot.poll();

        assertEquals(List.of("before restart", "after restart"), bot.publisher.captions());
    }

    @Test
    @DisplayName("a 500, a timeout and a non-JSON body are retried and the post still goes out once")
    void transientFaultsRetried() {
        publish("survivor");
        instagram.failNextMedia(
                new MockResponse.Builder().code(500).body("oops").build(),
                new MockResponse.Builder().code(200).body("<html>maintenance</html>").build());

        bot.poll();

        assertEquals(List.of("survivor"), bot.publisher.captions());
    }

    @Test
    @DisplayName("an outage longer than the retries loses nothing: the next cycle posts it, and status says why")
    void outageLeavesWorkForNextCycle() throws Exception {
        publish("delayed");
        MockResponse slow = new MockResponse.Builder().code(200).body("{}")
                .headersDelay(2, java.util.concurrent.TimeUnit.SECONDS).build();
        instagram.failNextMedia(new MockResponse.Builder().code(503).body("").build(), slow,
                new MockResponse.Builder().code(502).body("").build());

        bot.poll();
        String status = bot.core().commands().status(Requester.console()).text();
        bot.poll();

        assertTrue(status.contains("Instagram did not answer"), status);
        assertEquals(List.of("delayed"), bot.publisher.captions());
    }

    @Test
    @DisplayName("a dead token stops polling, is announced once, and posts published meanwhile go out after reconnecting")
    void tokenDeathAndCatchUp() throws Exception {
        instagram.revokeTokensOf(USER);
        bot.poll();
        bot.poll();
        int afterDeath = instagram.mediaRequests();
        bot.poll();
        List<String> meanwhile = publish(30, "while dead ");

        assertEquals(AccountState.NEEDS_REAUTH, bot.core().accounts().find(USER).orElseThrow().state());
        assertEquals(1, bot.publisher.announcements().size(), "told once");
        assertTrue(bot.publisher.announcements().get(0).contains("connect"), bot.publisher.announcements().get(0));
        assertEquals(afterDeath, instagram.mediaRequests(), "no longer polled");
        assertTrue(bot.core().commands().status(Requester.console()).text().contains("needs authorizing again"));

        Reply reconnected = bot.connectAccount(USER);
        bot.poll();

        assertTrue(reconnected.text().startsWith("Reconnected @mountaineers"), reconnected.text());
        assertEquals(meanwhile, bot.publisher.captions());
    }

    @Test
    @DisplayName("a dead token whose notice could not be posted is announced by a later cycle, once, without polling")
    void tokenDeathNoticeRetried() throws Exception {
        bot.publisher.failNextAnnouncements(1);
        instagram.revokeTokensOf(USER);
        bot.poll();
        int afterDeath = instagram.mediaRequests();

        assertEquals(List.of(), bot.publisher.announcements(), "the first try failed");

        bot.poll();
        bot.poll();

        assertEquals(1, bot.publisher.announcements().size(), bot.publisher.announcements().toString());
        assertTrue(bot.publisher.announcements().get(0).contains("must be connected again"));
        assertEquals(afterDeath, instagram.mediaRequests(), "still not polled");
    }

    @Test
    @DisplayName("a rate limit makes the account wait instead of calling again every cycle")
    void rateLimitBacksOff() throws Exception {
        instagram.failNextMedia(FakeInstagram.error(400, 17, null, "User request limit reached"));
        bot.poll();
        int after = instagram.mediaRequests();

        bot.poll();

        assertEquals(after, instagram.mediaRequests(), "no call while backing off");
        assertTrue(bot.core().commands().status(Requester.console()).text().contains("rate limit"));
        bot.clock.advance(Duration.ofHours(2));
        publish("later");
        bot.poll();
        assertEquals(List.of("later"), bot.publisher.captions());
    }

    @Test
    @DisplayName("a post the channel refused goes out in a later cycle, exactly once, and in order")
    void refusedPostRetried() throws Exception {
        publish("one");
        publish("two");
        bot.publisher.refuseNext(1, "Missing permission: Attach Files in #photos");

        bot.poll();
        String status = bot.core().commands().status(Requester.console()).text();
        bot.poll();
        bot.poll();

        assertTrue(status.contains("Missing permission: Attach Files"), status);
        assertEquals(List.of("one", "two"), bot.publisher.captions());
        assertFalse(bot.core().commands().status(Requester.console()).text().contains("posting problem"));
    }

    @Test
    @DisplayName("a crash between sending and recording does not post twice: the post is found and recorded")
    void crashBetweenSendAndRecord() throws Exception {
        publish("sent before crash");
        bot.publisher.crashAfterNext(1);
        bot.poll();

        bot.restart();
        bot.poll();

        assertEquals(List.of("sent before crash"), bot.publisher.captions());
        assertEquals(0, bot.core().media().counts(USER).queued());
        assertEquals(1, bot.core().media().counts(USER).delivered(), "recorded as delivered");
    }

    @Test
    @DisplayName("a post maybe sent before the account's channel changed is looked for where it was sent, not posted again")
    void crashThenChannelChange() throws Exception {
        publish("sent to the old channel");
        bot.publisher.crashAfterNext(1);
        bot.poll();

        bot.core().commands().channel(Requester.console(), org.instarelay.common.Surface.DISCORD, null,
                "222222222222222222", "#new");
        bot.restart();
        publish("after the move");
        bot.poll();

        assertEquals(List.of("sent to the old channel", "after the move"), bot.publisher.captions());
        assertEquals("222222222222222222", bot.publisher.published().get(1).account().channelId());
    }

    @Test
    @DisplayName("pause keeps collecting without posting; resume posts what arrived meanwhile")
    void pauseAndResume() {
        bot.core().commands().pause(Requester.console(), org.instarelay.common.Surface.CONSOLE, null);
        publish("during pause");
        bot.poll();
        assertTrue(bot.publisher.published().isEmpty());

        bot.core().commands().resume(Requester.console(), org.instarelay.common.Surface.CONSOLE, null);
        bot.poll();

        assertEquals(List.of("during pause"), bot.publisher.captions());
    }

    @Test
    @DisplayName("a queued post deleted on Instagram before it could go out is skipped; the next one still goes")
    void deletedWhileQueued() throws Exception {
        String doomed = publish("deleted meanwhile");
        publish("kept");
        bot.publisher.refuseNext(1, "Discord answered 500");
        bot.poll();

        instagram.delete(doomed);
        bot.poll();

        assertEquals(List.of("kept"), bot.publisher.captions());
        assertEquals(0, bot.core().media().counts(USER).queued());
    }
}
