package org.instarelay.config;

import java.nio.file.Path;

/**
 * Where the bot keeps the pictures it downloads, and how much room they may take.
 *
 * @param folder   the folder the pictures are kept in ({@code pictures.path}; default a folder
 *                 {@code pictures} beside the database), absolute
 * @param maxBytes the budget in bytes ({@code pictures.max-size}, default 1 GB); the oldest pictures
 *                 go first when it is reached. 0 keeps no pictures at all
 */
public record PicturesSettings(Path folder, long maxBytes) {
    /** 1 GB: a few thousand posts' worth of pictures at Instagram's sizes. */
    public static final long DEFAULT_MAX_BYTES = 1024L * 1024 * 1024;
    /** The folder's name beside the database when {@code pictures.path} is not set. */
    public static final String DEFAULT_FOLDER_NAME = "pictures";

    /** The default for a database at {@code databasePath}: a {@code pictures} folder beside it, 1 GB. */
    public static PicturesSettings besideDatabase(Path databasePath) {
        Path database = databasePath.toAbsolutePath().normalize();
        Path parent = database.getParent() == null ? database.getRoot() : database.getParent();
        return new PicturesSettings(parent.resolve(DEFAULT_FOLDER_NAME), DEFAULT_MAX_BYTES);
    }

    /** Whether pictures are kept at all; with {@code pictures.max-size=0} every picture links to Instagram. */
    public boolean keepsPictures() {
        return maxBytes > 0;
    }
}
