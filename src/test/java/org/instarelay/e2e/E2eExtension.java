package org.instarelay.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ModifierSupport;
import org.junit.platform.commons.support.ReflectionSupport;

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
 * are closed and the folder deleted: JUnit closes what the extension keeps in the test's store.
 */
final class E2eExtension implements BeforeEachCallback {
    private static final Namespace NAMESPACE = Namespace.create(E2eExtension.class);

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

    private E2eExtension(Duration pollInterval, Account account) {
        this.pollInterval = pollInterval;
        this.account = account;
    }

    /** The bot with no schedule to speak of (cycles run at start-up, after a connect, and when asked) and no account connected. */
    static E2eExtension bot() {
        return new E2eExtension(E2eHarness.NO_SCHEDULE, Account.NOT_CONNECTED);
    }

    /** The bot polling every {@code interval}, for things that must happen "by themselves". */
    E2eExtension pollingEvery(Duration interval) {
        return new E2eExtension(interval, account);
    }

    /** The account connected by an admin before each test; its first cycle may still be running. */
    E2eExtension connected() {
        return new E2eExtension(pollInterval, Account.CONNECTED);
    }

    /** The account connected before each test, and the cycle that follows the connect finished. */
    E2eExtension connectedAndSettled() {
        return new E2eExtension(pollInterval, Account.CONNECTED_AND_SETTLED);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        List<Field> fields = harnessFields(context.getRequiredTestClass());
        Bot bot = new Bot(Files.createTempDirectory("instarelay-e2e-"));
        // In the store before anything can fail, so that whatever did start is closed all the same.
        context.getStore(NAMESPACE).put(Bot.class, bot);
        bot.harness = E2eHarness.start(bot.folder, pollInterval);
        switch (account) {
            case CONNECTED -> bot.harness.connect();
            case CONNECTED_AND_SETTLED -> bot.harness.connectAndSettle();
            case NOT_CONNECTED -> { }
        }
        for (Field field : fields) {
            try {
                field.set(context.getRequiredTestInstance(), bot.harness);
            } catch (IllegalAccessException e) {
                throw new ExtensionConfigurationException("cannot set " + field, e);
            }
        }
    }

    private static List<Field> harnessFields(Class<?> testClass) {
        List<Field> fields = ReflectionSupport.findFields(testClass,
                field -> field.getType() == E2eHarness.class && !ModifierSupport.isStatic(field)
                        && !ModifierSupport.isFinal(field),
                HierarchyTraversalMode.TOP_DOWN);
        if (fields.isEmpty()) {
            throw new ExtensionConfigurationException(testClass.getSimpleName()
                    + " registers E2eExtension but has no non-final E2eHarness field to receive the bot");
        }
        fields.forEach(field -> field.setAccessible(true));
        return fields;
    }

    /** One test's bot and its folder; closed by JUnit when the test is over. */
    private static final class Bot implements AutoCloseable {
        private final Path folder;
        private E2eHarness harness;

        Bot(Path folder) {
            this.folder = folder;
        }

        /** The bot first (it holds the database open), then the folder with the database in it. */
        @Override
        public void close() throws IOException {
            try {
                if (harness != null) {
                    harness.close();
                }
            } finally {
                deleteRecursively(folder);
            }
        }

        private static void deleteRecursively(Path folder) throws IOException {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
