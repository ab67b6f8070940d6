package org.instarelay.e2e;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.instarelay.config.HttpSettings;
import org.instarelay.discord.ServerAccess;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.testing.FixtureScope;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives every test of an e2e class a bot of its own: a fresh temporary folder, an {@link E2eHarness}
 * started in it, and the Instagram account in the state the class asks for. The class registers it
 * and declares the field it wants the harness in:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final E2eExtension BOT = E2eExtension.bot().connectedAndSettled();
 * private E2eHarness harness;
 * }</pre>
 *
 * <p>After each test, whether it passed, failed or its setup broke halfway, the bot and both fakes
 * are closed and the folder deleted (see {@link FixtureScope}).
 */
final class E2eExtension implements BeforeEachCallback {
    /** What has happened to the account on the fake Instagram before the test begins. */
    private enum Account {
        /** Known to Instagram only: the test connects it, or tests what happens before. */
        NOT_CONNECTED,
        /** Connected; the cycle that follows a connect may still be running. */
        CONNECTED,
        /** Connected, and the cycle that follows the connect has finished. */
        CONNECTED_AND_SETTLED
    }

    private final Duration pollInterval;
    private final Account account;
    private final FakeDiscordConfig discord;
    private final ServerAccess servers;
    private final HttpSettings http;
    private final Clock clock;

    private E2eExtension(Duration pollInterval, Account account, FakeDiscordConfig discord, ServerAccess servers) {
        this(pollInterval, account, discord, servers, HttpSettings.OFF, Clock.systemUTC());
    }

    private E2eExtension(Duration pollInterval, Account account, FakeDiscordConfig discord, ServerAccess servers,
                         HttpSettings http, Clock clock) {
        this.http = http;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.account = account;
        this.discord = discord;
        this.servers = servers;
    }

    /** The bot with no schedule to speak of (cycles run at start-up, after a connect, and when asked) and no account connected. */
    static E2eExtension bot() {
        return new E2eExtension(E2eHarness.NO_SCHEDULE, Account.NOT_CONNECTED, FakeDiscordConfig.defaults(),
                ServerAccess.homeOnly());
    }

    /** The bot polling every {@code interval}, for things that must happen "by themselves". */
    E2eExtension pollingEvery(Duration interval) {
        return new E2eExtension(interval, account, discord, servers, http, clock);
    }

    /** The account connected by an admin before each test; its first cycle may still be running. */
    E2eExtension connected() {
        return new E2eExtension(pollInterval, Account.CONNECTED, discord, servers, http, clock);
    }

    /** The account connected before each test, and the cycle that follows the connect finished. */
    E2eExtension connectedAndSettled() {
        return new E2eExtension(pollInterval, Account.CONNECTED_AND_SETTLED, discord, servers, http, clock);
    }

    /** A fake Discord with these servers, and the ones besides the home server that may use the bot. */
    E2eExtension onServers(FakeDiscordConfig config, ServerAccess allowed) {
        return new E2eExtension(pollInterval, account, config, allowed, http, clock);
    }

    /** The bot with its web face on a free port ({@code http.port=0}). */
    E2eExtension withWebFace() {
        return new E2eExtension(pollInterval, account, discord, servers, E2eHarness.WEB_FACE, clock);
    }

    /** The bot's clock (links, tokens, the age of interaction hooks); Discord and Instagram keep real time. */
    E2eExtension clock(Clock clock) {
        return new E2eExtension(pollInterval, account, discord, servers, http, clock);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        FixtureScope scope = FixtureScope.open(context);
        E2eHarness harness = scope.own(E2eHarness.start(scope.folder(), clock, pollInterval, discord, servers, http));
        switch (account) {
            case CONNECTED -> harness.connect();
            case CONNECTED_AND_SETTLED -> harness.connectAndSettle();
            case NOT_CONNECTED -> { }
        }
        scope.inject(E2eHarness.class, harness);
    }
}
