package org.instarelay.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import net.dv8tion.jda.api.requests.CloseCode;
import org.instarelay.app.Core;
import org.instarelay.config.DiscordSettings;
import org.instarelay.testing.DiscordSettingsBuilder;
import org.instarelay.testing.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Logging in to Discord (JDA against a REST server on 127.0.0.1)")
class JdaFactoryTest {
    private final MockWebServer rest = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        rest.start();
    }

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    @DisplayName("a token Discord refuses (401) stops the start with the words that say how to fix it")
    void badToken() throws Exception {
        // GIVEN Discord answers 401 to GET users/@me
        rest.enqueue(new MockResponse.Builder().code(401).addHeader("Content-Type", "application/json")
                .body("{\"message\": \"401: Unauthorized\", \"code\": 0}").build());

        // WHEN the bot logs in
        StartupException e = assertThrows(StartupException.class, () -> JdaFactory.connect(settings("bad.token")));

        // THEN
        assertEquals("discord.token was refused by Discord: copy the token again from the Developer Portal > Bot > "
                + "Reset Token", e.getMessage());
        // AND the request went where discord.rest-url says, with the token
        RecordedRequest request = rest.takeRequest();
        assertEquals("/api/v10/users/@me", request.getUrl().encodedPath());
        assertEquals("Bot bad.token", request.getHeaders().get("Authorization"));
    }

    @Test
    @DisplayName("run(): a refused token prints that one sentence, no stack trace, and exits non-zero")
    void runBadToken(@TempDir Path folder) {
        // GIVEN Discord refuses the token (the bot claims its database first, so it has one)
        rest.enqueue(new MockResponse.Builder().code(401).body("{\"message\": \"401: Unauthorized\", \"code\": 0}").build());
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        // WHEN the bot runs
        int code = DiscordBot.run(TestSettings.builder(folder).discord(settings("bad.token")).build(),
                Core.Options.standard(), new PrintStream(err, true, StandardCharsets.UTF_8));

        // THEN
        assertEquals(DiscordBot.EXIT_FAILED, code);
        String printed = err.toString(StandardCharsets.UTF_8);
        assertEquals(JdaFactory.BAD_TOKEN + System.lineSeparator(), printed);
        assertFalse(printed.contains("Exception"));
    }

    @Test
    @DisplayName("no token: said before anything is sent")
    void noToken() {
        StartupException e = assertThrows(StartupException.class,
                () -> JdaFactory.connect(DiscordSettingsBuilder.discord().channel("300").build()));
        assertTrue(e.getMessage().startsWith("discord.token is not set"), e.getMessage());
        assertEquals(0, rest.getRequestCount());
    }

    @Test
    @DisplayName("Discord unreachable: names the address and discord.rest-url")
    void unreachable() throws Exception {
        // GIVEN nothing listens at the REST address
        DiscordSettings settings = settings("token");
        rest.close();

        // WHEN the bot logs in
        StartupException e = assertThrows(StartupException.class, () -> JdaFactory.connect(settings));

        // THEN
        assertTrue(e.getMessage().startsWith("Could not log in to Discord at " + settings.restUrl()), e.getMessage());
        assertTrue(e.getMessage().endsWith("Check the network and discord.rest-url."), e.getMessage());
    }

    @Test
    @DisplayName("the gateway closing with 'authentication failed' reads like a refused token")
    void closeCodes() {
        assertEquals(JdaFactory.BAD_TOKEN, JdaFactory.closeMessage(CloseCode.AUTHENTICATION_FAILED));
        assertTrue(JdaFactory.closeMessage(CloseCode.DISALLOWED_INTENTS).contains("close code 4014"));
    }

    private DiscordSettings settings(String token) {
        return DiscordSettingsBuilder.discord().token(token).channel("300").rest(rest.url("/api/v10/").toString()).build();
    }
}
