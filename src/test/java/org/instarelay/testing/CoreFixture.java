package org.instarelay.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.instarelay.store.StoreException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The core tests' fixture, as a JUnit extension: a {@link FakeInstagram} with one account, posts
 * it had before the bot met it, and the real core on a fresh SQLite folder ({@link BotHarness}),
 * connected to the account when asked. Closed after each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * final CoreFixture fixture = CoreFixture.account(USER, "mountaineers").connected();
 * }</pre>
 * The bot opens on the first {@link #bot()} unless {@link #connected()} opened it already, so a
 * test can write a database file of its own first.
 */
public final class CoreFixture implements BeforeEachCallback, AfterEachCallback {
    private final String userId;
    private final String username;
    private final List<Consumer<FakeInstagram>> before = new ArrayList<>();
    private boolean connect;
    private boolean webFace;
    private Path folder;
    private FakeInstagram instagram;
    private BotHarness bot;

    private CoreFixture(String userId, String username) {
        this.userId = userId;
        this.username = username;
    }

    /** Instagram knows one account, not yet connected. */
    public static CoreFixture account(String userId, String username) {
        return new CoreFixture(userId, username);
    }

    /** What the account published before the test starts (a baseline when it connects). */
    public CoreFixture published(Consumer<FakeInstagram> posts) {
        before.add(posts);
        return this;
    }

    /** The account is connected (authorize, then connect with the whole address) before each test. */
    public CoreFixture connected() {
        connect = true;
        return this;
    }

    /** The bot's web face runs on a free port of 127.0.0.1 ({@link BotHarness#withWebFace}). */
    public CoreFixture withWebFace() {
        webFace = true;
        return this;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("instarelay-core");
        instagram = new FakeInstagram();
        instagram.addAccount(userId, username);
        before.forEach(posts -> posts.accept(instagram));
        if (connect && bot().connectAccount(userId).failed()) {
            throw new IllegalStateException("the fixture's account did not connect");
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (bot != null) {
            bot.close();
            bot = null;
        }
        instagram.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    public FakeInstagram instagram() {
        return instagram;
    }

    /** The bot's folder: its database is {@code instarelay.db} in it. */
    public Path folder() {
        return folder;
    }

    /** A new bot on the same folder with another {@code poll.backfill}, the old one closed. */
    public BotHarness reopen(int backfill) throws StoreException {
        if (bot != null) {
            bot.close();
        }
        bot = new BotHarness(folder, instagram, backfill);
        return bot;
    }

    public BotHarness bot() {
        if (bot == null) {
            try {
                bot = webFace ? BotHarness.withWebFace(folder, instagram, 0) : new BotHarness(folder, instagram, 0);
            } catch (StoreException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return bot;
    }
}
