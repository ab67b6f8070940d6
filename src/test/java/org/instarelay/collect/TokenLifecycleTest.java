package org.instarelay.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import org.instarelay.common.Requester;
import org.instarelay.store.Account;
import org.instarelay.store.AccountState;
import org.instarelay.testing.BotHarness;
import org.instarelay.testing.CoreExtension;
import org.instarelay.testing.FakeInstagram;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tokens refreshed before they expire, warnings when that fails, and death by the calendar. */
class TokenLifecycleTest {
    private static final String USER = "17841400000000001";

    @RegisterExtension
    final CoreExtension fixture = CoreExtension.withAccount(USER).connected();
    /** Set by {@link #fixture} before each test. */
    private FakeInstagram instagram;
    private BotHarness bot;

    private Account account() throws Exception {
        return bot.core().accounts().find(USER).orElseThrow();
    }

    private MockResponse[] failures(int count) {
        MockResponse[] responses = new MockResponse[count];
        for (int i = 0; i < count; i++) {
            responses[i] = new MockResponse.Builder().code(503).body("").build();
        }
        return responses;
    }

    @Test
    @DisplayName("a token is left alone for a week, then refreshed: new token, expiry 60 days out, shown in status")
    void refreshedWeekly() throws Exception {
        Account connected = account();
        bot.clock.advance(Duration.ofDays(6));
        bot.poll();
        assertEquals(0, instagram.refreshRequests(), "not refreshed before a week");

        bot.clock.advance(Duration.ofDays(1));
        bot.poll();

        Account refreshed = account();
        assertEquals(1, instagram.refreshRequests());
        assertNotEquals(connected.accessToken(), refreshed.accessToken());
        assertEquals(bot.clock.instant().plusSeconds(5183944), refreshed.tokenExpiresAt());
        String status = bot.core().commands().status(Requester.console()).text();
        assertTrue(status.contains("token expires in 59 days"), status);
        assertTrue(status.contains("refreshed just now"), status);
    }

    @Test
    @DisplayName("when refreshing keeps failing the channel is warned once 7 days and once 1 day before expiry")
    void warnedBeforeExpiry() throws Exception {
        instagram.failNextRefresh(failures(300));
        bot.clock.advance(Duration.ofDays(52)); // 8 days left
        bot.poll();
        assertTrue(bot.publisher.announcements().isEmpty(), "no warning with 8 days left");

        bot.clock.advance(Duration.ofDays(2)); // 6 days left
        bot.poll();
        bot.poll();
        bot.clock.advance(Duration.ofHours(125)); // under a day left
        bot.poll();
        bot.poll();

        List<String> warnings = bot.publisher.announcements();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("expires in 6 days"), warnings.get(0));
        assertTrue(warnings.get(1).contains("hours"), warnings.get(1));
        assertTrue(warnings.get(1).contains("`authorize`"), warnings.get(1));
        assertEquals(AccountState.ACTIVE, account().state(), "still polled while the token lives");
    }

    @Test
    @DisplayName("a token past its expiry stops the account without calling Instagram, and says so once")
    void expiredByCalendar() throws Exception {
        instagram.failNextRefresh(failures(300));
        bot.clock.advance(Duration.ofDays(61));
        int before = instagram.mediaRequests();

        bot.poll();
        bot.poll();

        assertEquals(AccountState.NEEDS_REAUTH, account().state());
        assertEquals(before, instagram.mediaRequests());
        List<String> said = bot.publisher.announcements();
        assertTrue(said.get(said.size() - 1).contains("@mountaineers must be connected again"), said.toString());
        assertEquals(1, said.stream().filter(text -> text.contains("must be connected again")).count());
    }

    @Test
    @DisplayName("a refresh refused with error 190 marks the account for re-authorization")
    void refreshRefused() throws Exception {
        instagram.failNextRefresh(FakeInstagram.error(400, 190, 460, "Error validating access token: password changed"));
        bot.clock.advance(Duration.ofDays(8));

        bot.poll();

        assertEquals(AccountState.NEEDS_REAUTH, account().state());
        assertTrue(bot.publisher.announcements().get(0).contains("password"), bot.publisher.announcements().toString());
    }
}
