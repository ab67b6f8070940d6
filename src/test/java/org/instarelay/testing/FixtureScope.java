package org.instarelay.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ModifierSupport;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * What one test's fixtures live in, for the JUnit extensions that own them: a fresh temporary
 * folder, the things started for the test, and the test's fields they are handed to.
 *
 * <p>It is kept in the test's store, which JUnit closes once the test is over, whether it passed,
 * failed, or its setup broke halfway. Closing closes what was {@linkplain #own owned}, the last
 * first (the bot before the fakes it talks to), then deletes the folder.
 */
public final class FixtureScope implements AutoCloseable {
    private static final Namespace NAMESPACE = Namespace.create(FixtureScope.class);

    private final Path folder;
    private final Object testInstance;
    private final Deque<AutoCloseable> owned = new ArrayDeque<>();

    private FixtureScope(Path folder, Object testInstance) {
        this.folder = folder;
        this.testInstance = testInstance;
    }

    /** A scope with a new folder for the test {@code context} runs, closed when that test is over. */
    public static FixtureScope open(ExtensionContext context) throws IOException {
        FixtureScope scope = new FixtureScope(Files.createTempDirectory("instarelay-test-"),
                context.getRequiredTestInstance());
        // In the store before anything is started, so that whatever does start is closed.
        context.getStore(NAMESPACE).put(new Object(), scope);
        return scope;
    }

    public Path folder() {
        return folder;
    }

    /** Closes {@code resource} when the test is over, before whatever was owned earlier. */
    public <T extends AutoCloseable> T own(T resource) {
        owned.push(resource);
        return resource;
    }

    /** Sets every non-static, non-final field of exactly {@code type} in the test to {@code value}. */
    public <T> void inject(Class<T> type, T value) {
        for (Field field : fields(type)) {
            try {
                field.set(testInstance, value);
            } catch (IllegalAccessException e) {
                throw new ExtensionConfigurationException("cannot set " + field, e);
            }
        }
    }

    /** What the test's fields of {@code type} hold now; a test may have put something else there. */
    public <T> List<T> fieldValues(Class<T> type) {
        return fields(type).stream().map(field -> {
            try {
                return type.cast(field.get(testInstance));
            } catch (IllegalAccessException e) {
                throw new ExtensionConfigurationException("cannot read " + field, e);
            }
        }).toList();
    }

    private List<Field> fields(Class<?> type) {
        List<Field> fields = ReflectionSupport.findFields(testInstance.getClass(),
                field -> field.getType() == type && !ModifierSupport.isStatic(field) && !ModifierSupport.isFinal(field),
                HierarchyTraversalMode.TOP_DOWN);
        fields.forEach(field -> field.setAccessible(true));
        return fields;
    }

    @Override
    public void close() throws Exception {
        Exception failure = null;
        while (!owned.isEmpty()) {
            try {
                owned.pop().close();
            } catch (Exception e) {
                failure = keep(failure, e);
            }
        }
        try {
            deleteRecursively(folder);
        } catch (IOException e) {
            failure = keep(failure, e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The first failure is the one reported; the later ones travel with it. */
    private static Exception keep(Exception first, Exception next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
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
