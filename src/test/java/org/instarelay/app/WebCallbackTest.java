package org.instarelay.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.instarelay.commands.AuthorizeReply;
import org.instarelay.store.AccountState;
import org.instarelay.testing.BotHarness;
import org.instarelay.testing.FakeInstagram;
import org.instarelay.testing.CoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Connecting by approving alone, over a real socket: the real core with its web face on a free
 * port, the fake Instagram's consent screen redirecting the browser to the bot's callback.
 */
@DisplayName("Web face: /instagram/callback connects for the person whose link it is")
class WebCallbackTest {
    private static final String USER = "17841400000000042";
    private static final String PERSONAL_USER = "17841400000000043";

    @RegisterExtension
    final CoreFixture fixture = CoreFixture.account(USER, "mountaineers").withWebFace();
    private FakeInstagram instagram;
    private BotHarness bot;
    private final OkHttpClient browser = new OkHttpClient.Builder().followRedirects(false).build();

    @BeforeEach
    void parts() {
        instagram = fixture.instagram();
        bot = fixture.bot();
    }

    @AfterEach
    void closeBrowser() {
        browser.dispatcher().executorService().shutdown();
        browser.connectionPool().evictAll();
    }

    /** Runs authorize in the console and returns the state of its link. */
    private String authorize() {
        return ((AuthorizeReply) bot.authorize()).state();
    }

    /** Where the browser lands after approving: the bot's own callback, as with http.public-url set. */
    private String callback(String query) {
        return bot.web("/instagram/callback?" + query);
    }

    private Page open(String address) throws IOException {
        try (Response response = browser.newCall(new Request.Builder().url(address).build()).execute()) {
            return new Page(response.code(), response.header("Content-Type"), response.body().string());
        }
    }

    private record Page(int status, String type, String html) {}

    private long codeExchanges() {
        return instagram.requestLog().stream().filter(line -> line.contains("/oauth/access_token")).count();
    }

    @Test
    @DisplayName("approving connects the account, answers a page for the person and tells the console once")
    void approveConnects() throws Exception {
        // GIVEN the operator ran authorize and approved on Instagram
        String state = authorize();
        String code = instagram.issueCode(USER);
        // WHEN the browser lands on the bot
        Page page = open(callback("code=" + code + "&state=" + state));
        // THEN the page says it is connected and what to do
        assertEquals(200, page.status());
        assertTrue(page.type().startsWith("text/html"), page.type());
        assertTrue(page.html().contains("Connected @mountaineers."), page.html());
        assertTrue(page.html().contains("You can close this tab."), page.html());
        assertFalse(page.html().contains(code), "the code never comes back in the page");
        // AND the account is stored and shows in status
        assertTrue(bot.status().contains("@mountaineers: connected"), bot.status());
        // AND the console was told, once, in its words
        assertEquals(1, bot.webConnects.size());
        String line = bot.webConnects.get(0).words().apply(org.instarelay.common.Surface.CONSOLE);
        assertTrue(line.startsWith("Connected @mountaineers (through the web face)."), line);
    }

    @Test
    @DisplayName("a reload of the success page shows connected again, without a second exchange or message")
    void reload() throws Exception {
        // GIVEN an account connected through the callback
        String address = callback("code=" + instagram.issueCode(USER) + "&state=" + authorize());
        assertTrue(open(address).html().contains("Connected @mountaineers."));
        long exchanges = codeExchanges();
        // WHEN the browser reloads the same address
        Page again = open(address);
        // THEN it still reads as connected, and nothing was done twice
        assertTrue(again.html().contains("Connected @mountaineers."), again.html());
        assertEquals(exchanges, codeExchanges(), "the code was not sent to Instagram again");
        assertEquals(1, bot.webConnects.size());
    }

    @Test
    @DisplayName("a reload after the hour the bot remembers a used link says it may have been used, not that something broke")
    void lateReload() throws Exception {
        String address = callback("code=" + instagram.issueCode(USER) + "&state=" + authorize());
        assertTrue(open(address).html().contains("Connected @mountaineers."));
        bot.clock.advance(Duration.ofMinutes(61));
        Page late = open(address);
        assertTrue(late.html().contains("or it was used already"), late.html());
        assertTrue(late.html().contains("If the account shows in /instagram status, it is connected."), late.html());
        assertEquals(1, bot.webConnects.size());
    }

    @Test
    @DisplayName("the same address opened twice at once (a double click) connects once and both pages say connected")
    void doubleClick() throws Exception {
        // GIVEN an approval, and an Instagram slow enough that both requests overlap
        String address = callback("code=" + instagram.issueCode(USER) + "&state=" + authorize());
        instagram.setDelayMillis(200);
        // WHEN the browser sends it twice at the same moment
        java.util.concurrent.ExecutorService tabs = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<Page> first = tabs.submit(() -> open(address));
            java.util.concurrent.Future<Page> second = tabs.submit(() -> open(address));
            // THEN both read as connected, the code went to Instagram once, the console heard once
            assertTrue(first.get().html().contains("Connected @mountaineers."), first.get().html());
            assertTrue(second.get().html().contains("Connected @mountaineers."), second.get().html());
        } finally {
            tabs.shutdownNow();
        }
        assertEquals(1, codeExchanges());
        assertEquals(1, bot.webConnects.size());
    }

    @Test
    @DisplayName("the address the fake Instagram redirects to, with its #_ ending, works; Instagram's wrapped token answer too")
    void redirectedAddress() throws Exception {
        // GIVEN Instagram answers the code exchange in its wrapped shape
        instagram.useWrappedTokenAnswer(true);
        AuthorizeReply reply = (AuthorizeReply) bot.authorize();
        String location;
        try (Response consent = browser.newCall(new Request.Builder().url(reply.url()).build()).execute()) {
            location = consent.header("Location");
        }
        // WHEN the browser follows the redirect to the bot (which is what redirect-uri points at)
        Page page = open(location.replace(FakeInstagram.REDIRECT_URI, bot.web("/instagram/callback")));
        // THEN it is connected
        assertTrue(page.html().contains("Connected @mountaineers."), page.html());
    }

    @Test
    @DisplayName("Cancel on Instagram (error=access_denied) is a page saying nothing was connected")
    void denied() throws Exception {
        String state = authorize();
        Page page = open(callback("error=access_denied&error_reason=user_denied&error_description=Permissions+error&state="
                + state));
        assertEquals(200, page.status());
        assertTrue(page.html().contains("You chose not to allow access"), page.html());
        assertTrue(bot.status().contains("No account is connected yet"), bot.status());
        assertTrue(bot.webConnects.isEmpty());
    }

    @Test
    @DisplayName("a state the bot never issued, or none at all, is refused before Instagram is asked")
    void unknownState() throws Exception {
        authorize();
        long before = codeExchanges();
        Page made = open(callback("code=" + instagram.issueCode(USER) + "&state=someoneElsesStateFromAnotherBot1234"));
        Page none = open(callback("code=" + instagram.issueCode(USER)));
        assertTrue(made.html().contains("This link is not one the bot made"), made.html());
        assertTrue(none.html().contains("This link is not one the bot made"), none.html());
        assertEquals(before, codeExchanges());
        assertTrue(bot.status().contains("No account is connected yet"), bot.status());
    }

    @Test
    @DisplayName("an expired link is refused with a page that says to run authorize again")
    void expired() throws Exception {
        String state = authorize();
        bot.clock.advance(Duration.ofMinutes(61));
        Page page = open(callback("code=" + instagram.issueCode(USER) + "&state=" + state));
        assertTrue(page.html().contains("This link has expired"), page.html());
        assertTrue(page.html().contains("Run /instagram authorize"), page.html());
        assertTrue(bot.status().contains("No account is connected yet"), bot.status());
    }

    @Test
    @DisplayName("a code Instagram already took is refused as used, and the link stays single use")
    void usedCode() throws Exception {
        // GIVEN one approval's code used with the first link
        String code = instagram.issueCode(USER);
        assertTrue(open(callback("code=" + code + "&state=" + authorize())).html().contains("Connected"));
        // WHEN the same code comes back with another of the operator's links
        Page page = open(callback("code=" + code + "&state=" + authorize()));
        // THEN Instagram's "already used" reads as such
        assertTrue(page.html().contains("This approval was used already"), page.html());
        assertEquals(1, bot.webConnects.size());
    }

    @Test
    @DisplayName("a personal account is refused with what to switch, and nothing is stored")
    void personalAccount() throws Exception {
        // GIVEN Instagram approves for a personal account
        instagram.addAccount(PERSONAL_USER, "selfies", "PERSONAL");
        Page page = open(callback("code=" + instagram.issueCode(PERSONAL_USER) + "&state=" + authorize()));
        assertTrue(page.html().contains("@selfies is a personal account"), page.html());
        assertTrue(page.html().contains("professional"), page.html());
        assertTrue(bot.status().contains("No account is connected yet"), bot.status());
    }

    @Test
    @DisplayName("Instagram refusing the redirect address is a page naming instagram.redirect-uri, not \"Instagram did not answer\"")
    void refusedRedirect() throws Exception {
        // GIVEN the app's registered redirect address no longer matches instagram.redirect-uri
        instagram.registeredRedirectUri("https://elsewhere.example.org/instagram/callback");
        String code = instagram.issueCode(USER);
        // WHEN the browser lands on the bot after approving
        Page page = open(callback("code=" + code + "&state=" + authorize()));
        // THEN the page says Instagram refused and which setting to fix, without the code
        assertTrue(page.html().contains("Instagram refused to connect"), page.html());
        assertTrue(page.html().contains("instagram.redirect-uri"), page.html());
        assertFalse(page.html().contains("could not be reached"), page.html());
        assertFalse(page.html().contains(code), "the code never comes back in the page");
        // AND it tells a console operator, who has no Discord, what to run as well
        assertTrue(page.html().contains("authorize in the console"), page.html());
        assertTrue(bot.status().contains("No account is connected yet"), bot.status());
    }
}
