package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.RecordedRequest;
import org.instarelay.fakediscord.SentInteraction;
import org.instarelay.fakediscord.SlashCommand;
import org.instarelay.store.AccountState;
import org.instarelay.testing.FakeInstagram;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: /instagram authorize and connect")
@Timeout(60)
class ConnectE2eTest {
    private static final String PASTE_CODE = "instagram:paste-code";
    private static final String CONNECT_MODAL = "instagram:connect";

    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot();
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("authorize by an admin: an ephemeral reply whose link button opens Instagram's consent screen for this app")
    void authorizeByAdmin() {
        // WHEN an admin runs /instagram authorize
        SentInteraction asked = harness.slash(SlashCommand.of("instagram").subcommand("authorize").by(FakeDiscordConfig.ADMIN));

        // THEN only they see the answer
        RecordedRequest ack = harness.callback(asked);
        assertEquals(4, ack.payload().path("type").asInt(), "answered at once");
        assertTrue(E2eHarness.ephemeral(ack), "flags 64: " + ack.payload());
        // AND its link button carries everything Instagram needs, and a state
        JsonNode reply = harness.reply(asked);
        HttpUrl link = HttpUrl.get(E2eHarness.authorizeLink(reply));
        assertTrue(link.toString().startsWith(harness.instagram.baseUrl() + "oauth/authorize"), link.toString());
        assertEquals(FakeInstagram.CLIENT_ID, link.queryParameter("client_id"));
        assertEquals(FakeInstagram.REDIRECT_URI, link.queryParameter("redirect_uri"));
        assertEquals("code", link.queryParameter("response_type"));
        assertTrue(String.valueOf(link.queryParameter("scope")).contains("instagram_business_basic"), link.toString());
        assertTrue(String.valueOf(link.queryParameter("state")).length() >= 32, "a random state: " + link);
        // AND a second way in: the "Paste code" button
        assertTrue(reply.toString().contains(PASTE_CODE), reply.toString());
    }

    @Test
    @DisplayName("authorize by a member without rights: refused, ephemerally, naming Manage Server")
    void authorizeByMember() {
        // WHEN a member without Manage Server runs /instagram authorize
        SentInteraction asked = harness.slash(SlashCommand.of("instagram").subcommand("authorize").by(FakeDiscordConfig.MEMBER));

        // THEN they are told why, and only they see it
        RecordedRequest ack = harness.callback(asked);
        assertTrue(E2eHarness.ephemeral(ack), "flags 64: " + ack.payload());
        String said = E2eHarness.words(harness.reply(asked));
        assertTrue(said.contains("Manage Server"), said);
        // AND no link was handed out
        assertFalse(ack.bodyText().contains("oauth/authorize"), ack.bodyText());
    }

    @Test
    @DisplayName("connect with the whole address the browser landed on: stored, answered ephemerally with @username, no secret leaks")
    void connectWithTheRedirectedAddress() {
        // GIVEN an admin got the link and approved on Instagram
        String redirected = harness.approve(E2eHarness.authorizeLink(harness.run("authorize", FakeDiscordConfig.ADMIN)));
        String code = E2eHarness.codeIn(redirected);
        assertNotNull(code);

        // WHEN they paste the whole address into /instagram connect
        SentInteraction connect = harness.slash(SlashCommand.of("instagram").subcommand("connect")
                .option("code", redirected).by(FakeDiscordConfig.ADMIN));

        // THEN the answer is deferred ephemerally (it calls Instagram) and names the account
        RecordedRequest ack = harness.callback(connect);
        assertEquals(5, ack.payload().path("type").asInt(), "deferred");
        assertTrue(E2eHarness.ephemeral(ack), "flags 64: " + ack.payload());
        JsonNode reply = harness.reply(connect);
        assertTrue((reply.path("flags").asInt() & 64) != 0, "still ephemeral after the edit");
        assertTrue(E2eHarness.words(reply).contains("@" + E2eHarness.USERNAME), E2eHarness.words(reply));
        // AND the account is stored with its token
        assertEquals(AccountState.ACTIVE, harness.account().state());
        assertNotNull(harness.account().token().accessToken());
        // AND neither the code, nor a token, nor the client secret reached Discord or the log
        assertNoSecretLeaked(code);
    }

    @Test
    @DisplayName("connect through the Paste code button and its modal: stored, answered ephemerally, no secret leaks")
    void connectThroughTheModal() {
        // GIVEN an admin's authorize reply, and the address Instagram sent them back to
        SentInteraction authorize = harness.slash(SlashCommand.of("instagram").subcommand("authorize").by(FakeDiscordConfig.ADMIN));
        JsonNode authorizeReply = harness.reply(authorize);
        String redirected = harness.approve(E2eHarness.authorizeLink(authorizeReply));

        // WHEN they press "Paste code"
        SentInteraction click = harness.discord.sendButtonClick(PASTE_CODE, authorizeReply.path("id").asText());

        // THEN a modal opens (type 9, not deferred first) with one text input
        RecordedRequest modal = harness.callback(click);
        assertEquals(9, modal.payload().path("type").asInt(), modal.bodyText());
        assertEquals(CONNECT_MODAL, modal.payload().path("data").path("custom_id").asText());
        assertTrue(modal.bodyText().contains("\"custom_id\":\"code\""), modal.bodyText());

        // WHEN they paste the address into it and submit
        SentInteraction submit = harness.discord.sendModalSubmit(CONNECT_MODAL, E2eHarness.pastedCode(redirected));

        // THEN the account is connected and only they are told so, by name
        RecordedRequest ack = harness.callback(submit);
        assertTrue(E2eHarness.ephemeral(ack), "flags 64: " + ack.payload());
        String said = E2eHarness.words(harness.reply(submit));
        assertTrue(said.contains("Connected @" + E2eHarness.USERNAME), said);
        assertEquals(AccountState.ACTIVE, harness.account().state());
        assertNoSecretLeaked(E2eHarness.codeIn(redirected));
    }

    @Test
    @DisplayName("connect by a member without rights is refused and stores nothing")
    void connectByMember() {
        // GIVEN an address approved on Instagram (by whoever)
        String redirected = harness.approve(E2eHarness.authorizeLink(harness.run("authorize", FakeDiscordConfig.ADMIN)));

        // WHEN a member without rights pastes it
        JsonNode reply = harness.reply(harness.slash(SlashCommand.of("instagram").subcommand("connect")
                .option("code", redirected).by(FakeDiscordConfig.MEMBER)));

        // THEN they are refused and no account exists
        assertTrue(E2eHarness.words(reply).contains("Manage Server"), E2eHarness.words(reply));
        assertTrue(harness.instagram.issuedTokens().isEmpty(), "Instagram was not even asked");
        assertNoSecretLeaked(E2eHarness.codeIn(redirected));
    }

    private void assertNoSecretLeaked(String code) {
        List<String> secrets = new ArrayList<>(harness.instagram.issuedTokens());
        secrets.add(code);
        secrets.add(FakeInstagram.CLIENT_SECRET);
        for (RecordedRequest request : harness.discord.requests()) {
            String sent = request.path() + "?" + request.query() + "\n" + request.bodyText();
            for (String secret : secrets) {
                assertFalse(sent.contains(secret), "a secret went to Discord in " + request);
            }
        }
        String logged = harness.logs.text();
        assertFalse(logged.isEmpty(), "the log was captured");
        for (String secret : secrets) {
            assertFalse(logged.contains(secret), "a secret is in the log");
        }
    }
}
