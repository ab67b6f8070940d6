package org.instarelay.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a {@link Database} comes to be: the file's folder made, links resolved, the file and its
 * lock made owner-only, the lock taken, the schema migrated, the first write tried and old clear
 * tokens sealed — or, beside the owner, a look that does none of it.
 */
final class DatabaseOpening {
    private static final Logger log = LoggerFactory.getLogger(DatabaseOpening.class);

    private DatabaseOpening() {}

    /** The owner's open: see {@link Database#open(Path, String)}. */
    static Database owned(Path path, String mode, Map<String, String> environment) throws StoreException {
        Path absolute = path.toAbsolutePath().normalize();
        createFolder(absolute);
        // The lock is taken beside the real file: two paths to it through a symbolic link to the
        // file would otherwise mean two lock files, and two owners. (A linked folder is the same
        // folder, so the same lock file.)
        absolute = realPath(absolute);
        OwnerOnly.prepareDatabase(absolute, absolute.resolveSibling(absolute.getFileName() + ".lock"));
        DatabaseLock owner = DatabaseLock.take(absolute, LockHolder.thisProcess(mode));
        try {
            Database database = connect(absolute, owner, TokenSeal.forDatabase(absolute, environment));
            try {
                startChecks(database);
            } catch (StoreException | RuntimeException e) {
                database.close();
                throw e;
            }
            log.info("Database ready at {}", absolute);
            return database;
        } catch (StoreException | RuntimeException e) {
            owner.close();
            throw e;
        }
    }

    /** See {@link Database#openBeside}. */
    static Database beside(Path path) throws StoreException {
        Path absolute = path.toAbsolutePath().normalize();
        createFolder(absolute);
        return connect(absolute, null, TokenSeal.forLooking(absolute, System.getenv()));
    }

    /** See {@link Database#openReadOnly}. */
    static Database readOnly(Path path) throws StoreException {
        Path absolute = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new StoreException("There is no database at " + absolute + " to read. Check database.path.", null);
        }
        try {
            Reconnecting connection = Reconnecting.openReadOnly(absolute);
            int version = Migrations.userVersion(connection.current(false));
            if (version != Migrations.latestVersion()) {
                connection.close();
                throw new StoreException("The database " + absolute + " has schema " + version + ", this release reads "
                        + Migrations.latestVersion() + ": the process using it is another release. Use the same release, "
                        + "or stop that process first.", null);
            }
            return new Database(absolute, connection, null, TokenSeal.forLooking(absolute, System.getenv()));
        } catch (SQLException e) {
            throw new StoreException("Cannot read the database " + absolute + ": " + e.getMessage()
                    + ". Check database.path and the file's permissions.", e);
        }
    }

    /** {@code file} with every link resolved, if it exists yet. */
    private static Path realPath(Path file) throws StoreException {
        if (!Files.exists(file)) {
            return file;
        }
        try {
            return file.toRealPath();
        } catch (IOException e) {
            throw new StoreException("Cannot find the database " + file + " (" + e.getClass().getSimpleName()
                    + "). Check database.path.", e);
        }
    }

    private static void createFolder(Path absolute) throws StoreException {
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for the database " + absolute
                    + ". Check database.path and the folder's permissions.", e);
        }
    }

    private static Database connect(Path absolute, DatabaseLock owner, TokenSeal seal) throws StoreException {
        try {
            Reconnecting connection = Reconnecting.open(absolute);
            try {
                Migrations.apply(connection.current(false), absolute);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return new Database(absolute, connection, owner, seal);
        } catch (SQLException e) {
            StoreException wrapped = StoreException.wrap(absolute, e);
            String check = wrapped.fault().map(fault -> fault == StorageFault.CORRUPT
                    ? " If database.path names another file by mistake, correct it." : "")
                    .orElse(" Check database.path, that the file is a SQLite database and that the disk is not full.");
            throw new StoreException("Cannot open the database " + absolute + ": " + wrapped.getMessage() + check, e);
        }
    }

    /**
     * The bot's own start: it must be able to write (SQLite silently opens a file it cannot write
     * read-only, and the bot would start and lose every post it collects), and the tokens are sealed.
     */
    private static void startChecks(Database database) throws StoreException {
        try {
            database.write(current -> {
                Sqlite.probeWrite(current);
                return null;
            });
            int sealed = database.transaction(transaction -> TokenUpgrade.apply(transaction.connection(), database.seal()));
            // Outside any transaction: the driver begins the next one right after a commit, and a
            // checkpoint cannot run inside one.
            if (sealed > 0) {
                database.write(current -> {
                    TokenUpgrade.forgetClearText(current);
                    return null;
                });
            }
        } catch (StoreException e) {
            throw new StoreException("InstaRelay cannot start: " + e.getMessage(), e);
        }
    }
}
