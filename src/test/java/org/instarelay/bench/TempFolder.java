package org.instarelay.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A folder of its own for each run's database and logs, removed afterwards. */
final class TempFolder implements AutoCloseable {
    private final Path path;

    TempFolder() {
        try {
            path = Files.createTempDirectory("instarelay-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return path;
    }

    Path resolve(String name) {
        return path.resolve(name);
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            System.out.println("[bench] could not remove " + path + ": " + e.getMessage());
        }
    }
}
