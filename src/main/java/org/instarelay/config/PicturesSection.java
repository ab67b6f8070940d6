package org.instarelay.config;

import static org.instarelay.config.ConfigKeys.PICTURES_MAX_SIZE;
import static org.instarelay.config.ConfigKeys.PICTURES_PATH;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Reads and checks the {@code pictures.*} keys. */
final class PicturesSection {
    private PicturesSection() {}

    /**
     * @param databasePath the validated database file, or null when it had a problem (then the
     *                     default folder cannot be known, and the database's problem is reported)
     */
    static PicturesSettings read(Fields fields, Path databasePath) {
        Path folder = folder(fields, databasePath);
        long maxBytes = maxBytes(fields);
        return new PicturesSettings(folder, maxBytes);
    }

    /** An explicit path is relative to the working directory, like {@code database.path}. */
    private static Path folder(Fields fields, Path databasePath) {
        String value = fields.text(PICTURES_PATH);
        if (value == null) {
            return databasePath == null ? null : PicturesSettings.besideDatabase(databasePath).folder();
        }
        try {
            Path path = Path.of(value).toAbsolutePath().normalize();
            if (Files.exists(path) && !Files.isDirectory(path)) {
                fields.problem(PICTURES_PATH, path + " is a file, not a folder",
                        "Name a folder (it is created if missing), or leave it empty for a folder "
                                + PicturesSettings.DEFAULT_FOLDER_NAME + " beside the database.");
                return null;
            }
            return path;
        } catch (InvalidPathException e) {
            fields.problem(PICTURES_PATH, Fields.quote(value) + " is not a valid folder path",
                    "Use a path such as pictures or /var/lib/instarelay/pictures.");
            return null;
        }
    }

    private static long maxBytes(Fields fields) {
        String value = fields.text(PICTURES_MAX_SIZE);
        if (value == null) {
            return PicturesSettings.DEFAULT_MAX_BYTES;
        }
        try {
            return Sizes.parse(value);
        } catch (IllegalArgumentException e) {
            fields.problem(PICTURES_MAX_SIZE, e.getMessage(),
                    Sizes.EXAMPLES + "; 0 keeps no pictures. Leave it empty for the default, 1GB.");
            return PicturesSettings.DEFAULT_MAX_BYTES;
        }
    }
}
