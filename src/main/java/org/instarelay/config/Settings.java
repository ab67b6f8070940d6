package org.instarelay.config;

import java.nio.file.Path;
import org.instarelay.instagram.InstagramSettings;

/**
 * Every setting, validated and typed. Built only by {@link ConfigLoader} (and by hand in tests).
 *
 * @param source       the absolute path of the file the settings came from (it may not exist when
 *                     everything came from the environment)
 * @param discord      the Discord side
 * @param instagram    the Instagram app
 * @param poll         the collector's schedule
 * @param databasePath the SQLite file
 * @param pictures     where downloaded pictures are kept, and how much room they may take
 * @param http         the web face (off when {@link HttpSettings#enabled()} is false)
 */
public record Settings(Path source, DiscordSettings discord, InstagramSettings instagram,
                       PollSettings poll, Path databasePath, PicturesSettings pictures, HttpSettings http) {

    /**
     * Settings without the web face, with pictures kept beside the database (the default budget):
     * for code that builds settings by hand, so a test opens no port it did not ask for.
     */
    public Settings(Path source, DiscordSettings discord, InstagramSettings instagram,
                    PollSettings poll, Path databasePath) {
        this(source, discord, instagram, poll, databasePath,
                databasePath == null ? null : PicturesSettings.besideDatabase(databasePath), HttpSettings.OFF);
    }
}
