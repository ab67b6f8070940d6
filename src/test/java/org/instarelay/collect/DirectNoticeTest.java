package org.instarelay.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.instarelay.store.StoreException;
import org.instarelay.store.Subscription;
import org.instarelay.store.SubscriptionRepository;
import org.instarelay.testing.CoreFixture;
import org.instarelay.testing.LogCapture;
import org.instarelay.view.DirectNotice;
import org.instarelay.view.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("A dead token is also told directly to whoever connected the account in each server, once")
class DirectNoticeTest {
    private static final String USER = "17841405793187218";
    private static final String SERVER_B = "1200000000000000002";
    private static final String CAROL = "1500000000000000101";
    private static final String DAVE = "1500000000000000102";

    @RegisterExtension
    final CoreFixture fixture = CoreFixture.account(USER, "mountaineers");
    private final LogCapture logs = LogCapture.capture();

    @BeforeEach
    void connect() {
        // The console connects it in its server (no Discord user there)... With no posts yet, so no
        // picture is being kept in the background while the test writes to the file beside the bot.
        assertFalse(fixture.bot().connectAccount(USER).failed());
    }

    @AfterEach
    void stopCapturing() {
        logs.close();
    }

    /** ...and Carol connected it in server B (what a connect there records). */
    private void connectedInServerB(String by) throws StoreException {
        SubscriptionRepository subscriptions = fixture.bot().store().subscriptions();
        subscriptions.hold(SERVER_B, USER, "b-first", by, fixture.bot().clock.instant());
        subscriptions.subscribe(SERVER_B, USER, "b-second", Subscription.Options.NONE, by, fixture.bot().clock.instant());
    }

    @Test
    @DisplayName("the person who connected it in server B gets one direct message about server B; the console's connect gets none")
    void toldOnce() throws Exception {
        // GIVEN Carol connected the account in server B; the console connected it in its own server
        connectedInServerB(CAROL);

        // WHEN Instagram stops accepting the token, and three cycles run
        fixture.instagram().revokeTokensOf(USER);
        fixture.bot().poll();
        fixture.bot().poll();
        fixture.bot().poll();

        // THEN Carol was told directly once, about server B, with what its channel was told
        List<DirectNotice> direct = fixture.bot().publisher.directAttempts();
        assertEquals(1, direct.size(), direct.toString());
        assertEquals(CAROL, direct.get(0).userId());
        assertEquals(SERVER_B, direct.get(0).guildId());
        assertEquals(Notice.Kind.TOKEN_DIED, direct.get(0).notice().kind());
        assertEquals("b-first", direct.get(0).notice().channelId());
        // AND both servers' channels were told once, as before
        assertEquals(2, fixture.bot().publisher.notices().size(), fixture.bot().publisher.notices().toString());
    }

    @Test
    @DisplayName("Discord will not let the bot reach the person: tried once, logged once, the channel notices still go out")
    void unreachableLoggedOnce() throws Exception {
        // GIVEN Carol connected it in server B, and has direct messages closed
        connectedInServerB(CAROL);
        fixture.bot().publisher.refuseDirectMessagesTo(CAROL);

        // WHEN the token dies and three cycles run
        fixture.instagram().revokeTokensOf(USER);
        fixture.bot().poll();
        fixture.bot().poll();
        fixture.bot().poll();

        // THEN the direct message was tried once and never again
        assertEquals(1, fixture.bot().publisher.directAttempts().size());
        assertEquals(List.of(), fixture.bot().publisher.directNotices());
        // AND the log says so once, naming the person and the account
        String text = logs.text();
        assertEquals(1, logs.count("Could not send Discord user " + CAROL + " a direct message about @mountaineers"),
                text);
        // AND both channels were told, once each
        assertEquals(2, fixture.bot().publisher.notices().size());
    }

    @Test
    @DisplayName("when the channel notice fails and is retried next cycle, the direct message is not sent again")
    void retriedNoticeDoesNotRepeatTheDirectMessage() throws Exception {
        // GIVEN Carol connected it in server B, and the first notice of the cycle fails
        connectedInServerB(CAROL);
        fixture.bot().publisher.failNextAnnouncements(1);

        // WHEN the token dies and three cycles run
        fixture.instagram().revokeTokensOf(USER);
        fixture.bot().poll();
        fixture.bot().poll();
        fixture.bot().poll();

        // THEN the channel that missed it was told later, and Carol only once
        assertEquals(2, fixture.bot().publisher.notices().size(), fixture.bot().publisher.notices().toString());
        assertEquals(1, fixture.bot().publisher.directNotices().size());
    }

    @Test
    @DisplayName("reconnected by someone else and dead again: the one who connected it last is told about the new death")
    void nextDeathToldToTheLastConnector() throws Exception {
        // GIVEN Carol connected it in server B, and its token died once
        connectedInServerB(CAROL);
        fixture.instagram().revokeTokensOf(USER);
        fixture.bot().poll();

        // WHEN Dave connects it again in server B (after the console reconnects the token), and it dies again
        fixture.bot().clock.advance(Duration.ofMinutes(5));
        assertFalse(fixture.bot().connectAccount(USER).failed());
        connectedInServerB(DAVE);
        fixture.instagram().revokeTokensOf(USER);
        fixture.bot().poll();
        fixture.bot().poll();

        // THEN Carol heard of the first death and Dave of the second, once each
        List<String> told = fixture.bot().publisher.directNotices().stream().map(DirectNotice::userId).toList();
        assertEquals(List.of(CAROL, DAVE), told);
        assertTrue(fixture.bot().publisher.directNotices().stream().allMatch(n -> SERVER_B.equals(n.guildId())));
    }

    @Test
    @DisplayName("Discord does not answer the direct message (an outage): tried once more on the next cycle, then given up")
    void unansweredTriedOnceMore() throws Exception {
        // GIVEN Carol connected it in server B, and Discord loses the answers to the next two direct messages
        connectedInServerB(CAROL);
        fixture.bot().publisher.loseNextDirectAnswers(2);

        // WHEN the token dies and three cycles run
        fixture.instagram().revokeTokensOf(USER);
        fixture.bot().poll();
        fixture.bot().poll();
        fixture.bot().poll();

        // THEN it was tried on the first cycle and once more on the next, never a third time
        assertEquals(2, fixture.bot().publisher.directAttempts().size(),
                fixture.bot().publisher.directAttempts().toString());
        assertEquals(1, logs.count("trying once more on the next cycle"), logs.text());
        assertEquals(1, logs.count("Could not send Discord user " + CAROL + " a direct message about @mountaineers"),
                logs.text());
    }

    @Test
    @DisplayName("one lost answer: the next cycle's try reaches Carol")
    void passingOutageReachesThePerson() throws Exception {
        // GIVEN Carol connected it in server B, and Discord loses the answer to the next direct message
        connectedInServerB(CAROL);
        fixture.bot().publisher.loseNextDirectAnswers(1);

        // WHEN the token dies and three cycles run
        fixture.instagram().revokeTokensOf(USER);
        fixture.bot().poll();
        fixture.bot().poll();
        fixture.bot().poll();

        // THEN Carol got the message once, on the second try
        assertEquals(2, fixture.bot().publisher.directAttempts().size());
        assertEquals(List.of(CAROL), fixture.bot().publisher.directNotices().stream().map(DirectNotice::userId).toList());
    }

    @Test
    @DisplayName("a direct message Discord is slow to take does not hold the cycle lock: another poll runs meanwhile")
    void slowDirectMessageHoldsNobody() throws Exception {
        // GIVEN Carol connected it in server B, and Discord takes its time with direct messages
        connectedInServerB(CAROL);
        fixture.bot().publisher.holdDirectMessages();
        try {
            // WHEN the token dies and a poll's direct message to Carol is under way
            fixture.instagram().revokeTokensOf(USER);
            java.util.concurrent.CompletableFuture<?> first = java.util.concurrent.CompletableFuture.runAsync(
                    () -> fixture.bot().poll());
            long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (fixture.bot().publisher.directAttempts().isEmpty()) {
                assertTrue(System.nanoTime() < until, "the direct message was never asked for");
                Thread.sleep(10);
            }
            // AND someone polls again meanwhile
            // (the guard is far beyond the poll's own short wait for its direct messages)
            String second = java.util.concurrent.CompletableFuture.supplyAsync(() -> fixture.bot().poll().text())
                    .get(40, java.util.concurrent.TimeUnit.SECONDS);

            // THEN the second poll answered while the message was still waiting on Discord
            assertTrue(second.startsWith("Polled"), second);
            assertEquals(List.of(), fixture.bot().publisher.directNotices());
            // AND once Discord takes it, Carol has it, once
            fixture.bot().publisher.releaseDirectMessages();
            first.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(fixture.bot().core().scheduler().awaitPosting(Duration.ofSeconds(15)));
            assertEquals(List.of(CAROL), fixture.bot().publisher.directNotices().stream().map(DirectNotice::userId)
                    .toList());
        } finally {
            fixture.bot().publisher.releaseDirectMessages();
        }
    }
}
