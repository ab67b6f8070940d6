package org.instarelay.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.instarelay.config.DiscordSettings;
import org.instarelay.config.HttpSettings;
import org.instarelay.config.PicturesSettings;
import org.instarelay.config.PollSettings;
import org.instarelay.config.Settings;
import org.instarelay.instagram.InstagramSettings;

/**
 * {@link Settings} for a bot whose files are in one (temporary) folder. A test names only what it
 * cares about; the rest is what a small test bot needs: {@code bot.properties} and
 * {@code instarelay.db} in the folder, pictures beside the database, polls every 10 minutes, no
 * backfill, 4 accounts read at once, no Discord settings and no web face.
 * Start one with {@link TestSettings#builder(Path)}.
 */
public final class SettingsBuilder {
    private final Path folder;
    private final DiscordSettingsBuilder discord = DiscordSettingsBuilder.discord();
    private DiscordSettings discordSettings;
    private InstagramSettings instagram;
    private Duration pollInterval = Duration.ofMinutes(10);
    private int backfill;
    private int parallelism = 4;
    private String databaseName = "instarelay.db";
    private HttpSettings http = HttpSettings.OFF;

    SettingsBuilder(Path folder) {
        this.folder = folder;
    }

    /** Sets the Discord side, such as {@code d -> d.on(fake).guild(GUILD_ID).channel(CHANNEL_ID)}. */
    public SettingsBuilder discord(Consumer<DiscordSettingsBuilder> settings) {
        settings.accept(discord);
        return this;
    }

    /** Uses these Discord settings as they are. */
    public SettingsBuilder discord(DiscordSettings settings) {
        this.discordSettings = settings;
        return this;
    }

    public SettingsBuilder instagram(InstagramSettings settings) {
        this.instagram = settings;
        return this;
    }

    public SettingsBuilder pollEvery(Duration interval) {
        this.pollInterval = interval;
        return this;
    }

    public SettingsBuilder backfill(int posts) {
        this.backfill = posts;
        return this;
    }

    public SettingsBuilder parallelism(int accounts) {
        this.parallelism = accounts;
        return this;
    }

    /** The database file's name in the folder. */
    public SettingsBuilder database(String fileName) {
        this.databaseName = fileName;
        return this;
    }

    public SettingsBuilder http(HttpSettings settings) {
        this.http = settings;
        return this;
    }

    public Settings build() {
        DiscordSettings discordPart = discordSettings != null ? discordSettings : discord.build();
        Path database = folder.resolve(databaseName);
        return new Settings(folder.resolve("bot.properties"), discordPart, instagram,
                new PollSettings(pollInterval, backfill, parallelism), database,
                PicturesSettings.besideDatabase(database), http);
    }
}
