package org.instarelay.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.instarelay.store.StoreException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link FakeInstagram} with one account and the real core with its web face on a free port of
 * 127.0.0.1 ({@link BotHarness#withWebFace}), in a fresh folder; closed after each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * final WebBotFixture fixture = WebBotFixture.account(USER, "mountaineers");
 * }</pre>
 */
public final class WebBotFixture implements BeforeEachCallback, AfterEachCallback {
    private final String userId;
    private final String username;
    private Path folder;
    private FakeInstagram instagram;
    private BotHarness bot;

    private WebBotFixture(String userId, String username) {
        this.userId = userId;
        this.username = username;
    }

    public static WebBotFixture account(String userId, String username) {
        return new WebBotFixture(userId, username);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException, StoreException {
        folder = Files.createTempDirectory("instarelay-web-bot");
        instagram = new FakeInstagram();
        instagram.addAccount(userId, username);
        bot = BotHarness.withWebFace(folder, instagram, 0);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            bot.close();
        } finally {
            instagram.close();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    public FakeInstagram instagram() {
        return instagram;
    }

    public BotHarness bot() {
        return bot;
    }
}
