package org.instarelay.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import okhttp3.HttpUrl;
import org.instarelay.commands.AuthorizeReply;
import org.instarelay.commands.Reply;
import org.instarelay.common.Requester;
import org.instarelay.common.Surface;
import org.instarelay.store.Account;
import org.instarelay.testing.BotHarness;
import org.instarelay.testing.CoreExtension;
import org.instarelay.testing.FakeInstagram;
import org.instarelay.testing.LogCapture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Authorize and connect, against Instagram on 127.0.0.1 and a real SQLite file. */
class ConnectFlowTest {
    private static final String USER = "17841405793187218";

    @RegisterExtension
    final CoreExtension fixture = CoreExtension.withAccount(USER).beforeStart(instagram -> {
        for (int i = 1; i <= 12; i++) {
            instagram.publish(USER, Instant.parse("2026-11-01T10:00:00Z").plus(Duration.ofHours(i)), "old post " + i);
        }
    });
    /** Set by {@link #fixture} before each test. */
    private Path folder;
    private FakeInstagram instagram;
    private BotHarness bot;

    @Test
    @DisplayName("authorize hands out a link with the app's id, redirect, scope and a long random state")
    void authorizeLink() {
        AuthorizeReply reply = (AuthorizeReply) bot.authorize();

        HttpUrl link = HttpUrl.get(reply.url());
        assertEquals(FakeInstagram.CLIENT_ID, link.queryParameter("client_id"));
        assertEquals(FakeInstagram.REDIRECT_URI, link.queryParameter("redirect_uri"));
        assertEquals("code", link.queryParameter("response_type"));
        assertEquals("instagram_business_basic", link.queryParameter("scope"));
        assertTrue(link.queryParameter("state").length() >= 22, "state carries at least 128 bits");
        assertEquals(bot.clock.instant().plus(Duration.ofHours(1)), reply.expiresAt());
        assertTrue(reply.personal());
        assertFalse(reply.text().contains(FakeInstagram.CLIENT_SECRET));
    }

    @Test
    @DisplayName("pasting the whole address (with #_) connects, stores the 12 existing posts and posts none")
    void connectWithWholeAddress() throws Exception {
        Reply reply = bot.connectAccount(USER);

        assertFalse(reply.failed(), reply.text());
        assertEquals("Connected @mountaineers. 12 existing posts stored; new posts will be posted from now on.", reply.text());
        Account account = bot.core().accounts().find(USER).orElseThrow();
        assertTrue(account.accessToken().reveal().startsWith("test-long-token-"), "the long-lived token is stored");
        assertEquals(bot.clock.instant().plusSeconds(5183944), account.tokenExpiresAt());
        assertEquals(12, bot.core().media().counts(USER).stored());
        bot.poll();
        assertTrue(bot.publisher.published().isEmpty(), "the baseline is not posted");
    }

    @Test
    @DisplayName("the documented wrapped answer and a bare code ending in #_ work too")
    void wrappedAnswerAndBareCode() throws Exception {
        instagram.useWrappedTokenAnswer(true);
        bot.authorize();

        Reply reply = bot.connect(instagram.issueCode(USER) + "#_");

        assertFalse(reply.failed(), reply.text());
        assertTrue(bot.core().accounts().find(USER).isPresent());
    }

    @Test
    @DisplayName("poll.backfill posts the newest posts of the baseline, oldest of them first")
    void backfill() throws Exception {
        bot.close();
        bot = new BotHarness(folder, instagram, 2);

        bot.connectAccount(USER);
        bot.poll();

        assertEquals(java.util.List.of("old post 11", "old post 12"), bot.publisher.captions());
    }

    @Test
    @DisplayName("a forged state is refused before Instagram is asked anything")
    void forgedState() {
        bot.authorize();
        int before = instagram.requestCount();

        Reply reply = bot.connect(FakeInstagram.REDIRECT_URI + "?code=" + instagram.issueCode(USER) + "&state=forged123#_");

        assertTrue(reply.failed());
        assertTrue(reply.text().contains("did not start"), reply.text());
        assertEquals(before, instagram.requestCount());
    }

    @Test
    @DisplayName("a state made for someone else is refused")
    void someoneElsesState() {
        String link = ((AuthorizeReply) bot.core().commands().authorize(
                new Requester("111", "g1", "c1", true), Surface.DISCORD)).url();
        String state = HttpUrl.get(link).queryParameter("state");

        Reply reply = bot.core().commands().connect(new Requester("222", "g1", "c1", true), Surface.DISCORD,
                FakeInstagram.REDIRECT_URI + "?code=" + instagram.issueCode(USER) + "&state=" + state, null);

        assertTrue(reply.failed());
        assertTrue(reply.text().contains("someone else"), reply.text());
        assertTrue(reply.text().contains("/instagram authorize"), reply.text());
    }

    @Test
    @DisplayName("an expired state is refused and says to authorize again")
    void expiredState() {
        String state = HttpUrl.get(((AuthorizeReply) bot.authorize()).url()).queryParameter("state");
        bot.clock.advance(Duration.ofMinutes(61));

        Reply reply = bot.connect(FakeInstagram.REDIRECT_URI + "?code=" + instagram.issueCode(USER) + "&state=" + state);

        assertTrue(reply.failed());
        assertTrue(reply.text().contains("expired"), reply.text());
        assertTrue(reply.text().contains("authorize"), reply.text());
    }

    @Test
    @DisplayName("a code pasted twice is refused with Instagram's reason and what to do")
    void reusedCode() {
        String state = HttpUrl.get(((AuthorizeReply) bot.authorize()).url()).queryParameter("state");
        String code = instagram.issueCode(USER);
        String address = FakeInstagram.REDIRECT_URI + "?code=" + code + "&state=" + state + "#_";
        assertFalse(bot.connect(address).failed());
        String second = ((AuthorizeReply) bot.authorize()).url();

        Reply reply = bot.connect(FakeInstagram.REDIRECT_URI + "?code=" + code + "&state="
                + HttpUrl.get(second).queryParameter("state"));

        assertTrue(reply.failed());
        assertTrue(reply.text().toLowerCase().contains("authorize"), reply.text());
        assertFalse(reply.text().contains(code), "the code is not echoed");
    }

    @Test
    @DisplayName("a garbage paste gets a clear answer and Instagram is not called")
    void garbage() {
        bot.authorize();
        int before = instagram.requestCount();

        Reply reply = bot.connect("my password is hunter2");

        assertTrue(reply.failed());
        assertTrue(reply.text().contains("does not look like an Instagram code"), reply.text());
        assertEquals(before, instagram.requestCount());
    }

    @Test
    @DisplayName("a personal account is refused with how to switch it to Business or Creator")
    void personalAccount() {
        instagram.addAccount("999", "someone", "PERSONAL");

        Reply reply = bot.connectAccount("999");

        assertTrue(reply.failed());
        assertTrue(reply.text().contains("Business or Creator"), reply.text());
    }

    @Test
    @DisplayName("no code, token or client secret appears in any reply or log line of a connect")
    void secretsStaySecret() {
        try (LogCapture logs = LogCapture.capture()) {
            String state = HttpUrl.get(((AuthorizeReply) bot.authorize()).url()).queryParameter("state");
            String code = instagram.issueCode(USER);
            String replies = bot.connect(FakeInstagram.REDIRECT_URI + "?code=" + code + "&state=" + state).text()
                    + bot.connect(FakeInstagram.REDIRECT_URI + "?code=" + code + "&state=" + state).text()
                    + bot.core().commands().status(Requester.console()).text();

            String everything = replies + logs.text();
            assertFalse(everything.contains(code));
            assertFalse(everything.contains(FakeInstagram.CLIENT_SECRET));
            for (String token : instagram.issuedTokens()) {
                assertFalse(everything.contains(token), "token leaked");
            }
        }
    }
}
