package org.instarelay.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files only their owner may read or write (0600): the database holds access tokens, its key file
 * the key to them. SQLite creates {@code -wal} and {@code -shm} with the database file's mode, so
 * creating the database 0600 before SQLite opens it seals those too. On a file system without POSIX
 * modes (Windows) nothing is changed: there the folder's permissions are what protects the files.
 */
final class OwnerOnly {
    private static final Logger log = LoggerFactory.getLogger(OwnerOnly.class);
    static final Set<PosixFilePermission> MODE = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    private OwnerOnly() {}

    /** The database and its lock file exist 0600 before SQLite or the lock opens them; its old write-ahead files are tightened. */
    static void prepareDatabase(Path database, Path lockFile) throws StoreException {
        try {
            prepare(database);
            prepare(lockFile);
            for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
                tighten(database.resolveSibling(database.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the database " + database + " readable by its owner only ("
                    + e.getClass().getSimpleName() + "): check that its folder can be written by the user running"
                    + " InstaRelay.", e);
        }
    }

    /** Creates {@code file} empty and 0600 if it is missing; tightens it to 0600 if others could read it. */
    static void prepare(Path file) throws IOException {
        if (!posix(file)) {
            return;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(MODE));
        } catch (FileAlreadyExistsException e) {
            tighten(file);
        }
    }

    /** Tightens {@code file} to 0600 when it exists and group or others have any access. */
    static void tighten(Path file) throws IOException {
        if (!posix(file) || !Files.exists(file)) {
            return;
        }
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(file);
        if (!MODE.containsAll(now)) {
            try {
                Files.setPosixFilePermissions(file, MODE);
            } catch (IOException e) {
                // Not ours to change (another owner, an immutable file): say it, and let the bot go on;
                // whether it can use the file is decided by opening it.
                log.warn("{} is readable by other users ({}) and could not be restricted ({}): run chmod 600 on it",
                        file, PosixFilePermissions.toString(now), e.getClass().getSimpleName());
                return;
            }
            log.info("{} was readable by other users ({}); it is now readable by its owner only (0600)",
                    file, PosixFilePermissions.toString(now));
        }
    }

    private static boolean posix(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return Files.getFileAttributeView(folder == null ? file : folder,
                java.nio.file.attribute.PosixFileAttributeView.class) != null;
    }
}
