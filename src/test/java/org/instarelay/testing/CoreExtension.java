package org.instarelay.testing;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.instarelay.commands.Reply;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives every test a core of its own ({@link BotHarness}: the real core on a SQLite file in a fresh
 * temporary folder) and a {@link FakeInstagram} with one account on it, optionally connected. The
 * test class registers it and declares the fields it wants:
 *
 * <pre>{@code
 * @RegisterExtension
 * final CoreExtension fixture = CoreExtension.withAccount(USER).connected();
 * private FakeInstagram instagram;
 * private BotHarness bot;
 * }</pre>
 *
 * <p>A {@code Path} field receives the folder, for a test that opens another core on the same
 * database. After each test, passed or failed, the core the {@code BotHarness} field holds then
 * (the one made here, or one the test put there instead) and the fake Instagram are closed and the
 * folder deleted (see {@link FixtureScope}).
 */
public final class CoreExtension implements BeforeEachCallback {
    /** The account's name on the fake Instagram. */
    public static final String USERNAME = "mountaineers";

    private final String userId;
    private final Consumer<FakeInstagram> beforeStart;
    private final boolean connected;

    private CoreExtension(String userId, Consumer<FakeInstagram> beforeStart, boolean connected) {
        this.userId = userId;
        this.beforeStart = beforeStart;
        this.connected = connected;
    }

    /** The account {@code userId} on Instagram, not connected, with nothing published. */
    public static CoreExtension withAccount(String userId) {
        return new CoreExtension(userId, instagram -> { }, false);
    }

    /**
     * What happens on Instagram before the core opens (posts published then are the account's
     * history when it connects). Runs after the fields are set, so it may use the test's helpers.
     */
    public CoreExtension beforeStart(Consumer<FakeInstagram> publishing) {
        return new CoreExtension(userId, publishing, connected);
    }

    /** The account connected through authorize and connect, as a person would, before each test. */
    public CoreExtension connected() {
        return new CoreExtension(userId, beforeStart, true);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FixtureScope scope = FixtureScope.open(context);
        FakeInstagram instagram = scope.own(new FakeInstagram());
        instagram.addAccount(userId, USERNAME);
        scope.inject(Path.class, scope.folder());
        scope.inject(FakeInstagram.class, instagram);
        beforeStart.accept(instagram);

        BotHarness bot = scope.own(new BotHarness(scope.folder(), instagram, 0));
        // A test may replace the bot (to reopen the database with other settings); that one is closed too.
        scope.own(() -> scope.fieldValues(BotHarness.class).stream()
                .filter(current -> current != null && current != bot)
                .forEach(BotHarness::close));
        scope.inject(BotHarness.class, bot);
        if (connected) {
            Reply reply = bot.connectAccount(userId);
            if (reply.failed()) {
                throw new AssertionError("the account did not connect: " + reply.text());
            }
        }
    }
}
