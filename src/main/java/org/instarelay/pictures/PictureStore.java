package org.instarelay.pictures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps picture bytes in a folder beside the database, so a website's pictures outlive
 * Instagram's expiring addresses.
 *
 * <p>Files are named by the SHA-256 of their bytes (the same picture is kept once, and a name
 * never changes meaning, which makes it a strong ETag). Each is written to a temporary file and
 * moved into place, so a crash never leaves half a picture under a real name. The index lives in
 * memory and is rebuilt from the folder at start (the file's modification time is when it was
 * kept), so this needs no database table. A budget in bytes evicts the oldest pictures first.
 */
public final class PictureStore {
    /** The only names ever served; anything else (dots, slashes, encodings) is not a picture. */
    private static final Pattern NAME = Pattern.compile("([0-9a-f]{64})\\.(jpg|png|webp|gif)");
    private static final String TEMP_PREFIX = ".incoming-";

    private final Path folder;
    private final long budgetBytes;
    private final Clock clock;
    private final Map<String, KeptPicture> index = new HashMap<>();
    /** A look at another process's folder: it reads what is there and never deletes, evicts or keeps. */
    private final boolean looking;
    private long totalBytes;

    private PictureStore(Path folder, long budgetBytes, Clock clock, boolean looking) {
        this.folder = folder;
        this.budgetBytes = budgetBytes;
        this.clock = clock;
        this.looking = looking;
    }

    /** Opens (creating if needed) the {@code pictures} folder beside {@code databaseFile}. */
    public static PictureStore besideDatabase(Path databaseFile, long budgetBytes, Clock clock) {
        Path parent = databaseFile.toAbsolutePath().getParent();
        return open(parent.resolve("pictures"), budgetBytes, clock);
    }

    /** Opens (creating if needed) {@code folder} and rebuilds the index from what is in it. */
    public static PictureStore open(Path folder, long budgetBytes, Clock clock) {
        PictureStore store = new PictureStore(folder.toAbsolutePath().normalize(), budgetBytes, clock, false);
        store.rebuild();
        return store;
    }

    /**
     * The pictures in {@code folder} as another process (the bot beside a read-only console) keeps
     * them: indexed, never changed. Its half-written files are that process's and stay; nothing is
     * evicted (the budget is the owner's); {@link #keep} keeps nothing.
     */
    public static PictureStore look(Path folder, Clock clock) {
        PictureStore store = new PictureStore(folder.toAbsolutePath().normalize(), 0, clock, true);
        if (Files.isDirectory(store.folder)) {
            store.rebuild();
        }
        return store;
    }

    /**
     * Keeps {@code bytes}, evicting the oldest pictures past the budget. Empty when the type is not
     * a picture type or the picture alone is larger than the budget: the caller then falls back
     * to Instagram's address.
     */
    public synchronized Optional<KeptPicture> keep(byte[] bytes, String mimeType) {
        Optional<String> extension = PictureTypes.extensionOf(mimeType);
        if (extension.isEmpty() || bytes.length == 0 || bytes.length > budgetBytes) {
            return Optional.empty();
        }
        String name = sha256(bytes) + "." + extension.get();
        KeptPicture known = index.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        KeptPicture kept = write(name, bytes);
        index.put(name, kept);
        totalBytes += kept.size();
        evictOldestBeyondBudget(name);
        return Optional.of(kept);
    }

    /** The picture called {@code name}, if the name is a picture name and it is still kept. */
    public synchronized Optional<KeptPicture> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(index.get(name));
    }

    /** The bytes kept on disk now, for status and tests. */
    public synchronized long totalBytes() {
        return totalBytes;
    }

    private KeptPicture write(String name, byte[] bytes) {
        try {
            Path temp = Files.createTempFile(folder, TEMP_PREFIX, ".tmp");
            try {
                Files.write(temp, bytes);
                FileTime now = FileTime.from(clock.instant());
                Files.setLastModifiedTime(temp, now);
                // The name comes from the digest, never from a caller: resolving it cannot escape.
                Path target = folder.resolve(name);
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                return new KeptPicture(name, target, PictureTypes.mimeOf(extension(name)), bytes.length, now.toInstant());
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep a picture in " + folder, e);
        }
    }

    private void evictOldestBeyondBudget(String justKept) {
        while (totalBytes > budgetBytes) {
            KeptPicture oldest = oldestExcept(justKept);
            try {
                Files.deleteIfExists(oldest.file());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not remove an old picture from " + folder, e);
            }
            index.remove(oldest.name());
            totalBytes -= oldest.size();
        }
    }

    /** The oldest picture (ties by name, so a rebuilt index evicts the same way). */
    private KeptPicture oldestExcept(String except) {
        return index.values().stream()
                .filter(picture -> !picture.name().equals(except))
                .min(Comparator.comparing(KeptPicture::keptAt).thenComparing(KeptPicture::name))
                .orElseThrow();
    }

    private void rebuild() {
        try {
            Files.createDirectories(folder);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    indexFile(file);
                }
            }
            if (!looking) {
                evictOldestBeyondBudget(""); // the budget may have shrunk since the last run
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the pictures folder " + folder, e);
        }
    }

    private void indexFile(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        if (fileName.startsWith(TEMP_PREFIX)) {
            if (!looking) {
                Files.deleteIfExists(file); // left by a crash mid-write; never served
            }
            return;
        }
        Matcher name = NAME.matcher(fileName);
        if (!name.matches() || !Files.isRegularFile(file)) {
            return;
        }
        long size = Files.size(file);
        index.put(fileName, new KeptPicture(fileName, file, PictureTypes.mimeOf(name.group(2)), size,
                Files.getLastModifiedTime(file).toInstant()));
        totalBytes += size;
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }
}
