package org.instarelay.config;

import java.nio.file.Path;
import org.instarelay.instagram.InstagramSettings;

/**
 * Every setting, validated and typed. Built only by {@link ConfigLoader}.
 *
 * @param source       the absolute path of the file the settings came from (it may not exist when
 *                     everything came from the environment)
 * @param discord      the Discord side
 * @param instagram    the Instagram app
 * @param poll         the collector's schedule
 * @param databasePath the SQLite file
 */
public record Settings(Path source, DiscordSettings discord, InstagramSettings instagram,
                       PollSettings poll, Path databasePath) {}
