package org.instarelay.testing;

import java.nio.file.Path;
import java.time.Duration;
import org.instarelay.config.DiscordSettings;
import org.instarelay.config.PicturesSettings;
import org.instarelay.config.PollSettings;
import org.instarelay.config.Settings;
import org.instarelay.instagram.InstagramSettings;

/** Settings for a bot whose Instagram is a {@link FakeInstagram} and whose database is in a temp folder. */
public final class TestSettings {
    private TestSettings() {}

    public static Settings of(Path folder, InstagramSettings instagram, int backfill) {
        return of(folder, instagram, backfill, 4);
    }

    /** The same, reading {@code parallelism} accounts at once ({@code poll.parallelism}). */
    public static Settings of(Path folder, InstagramSettings instagram, int backfill, int parallelism) {
        return new Settings(folder.resolve("bot.properties"),
                new DiscordSettings(null, null, null, null, null, null),
                instagram,
                new PollSettings(Duration.ofMinutes(10), backfill, parallelism),
                folder.resolve("instarelay.db"));
    }

    /** The same, with pictures kept in {@code pictures} beside the database within {@code pictureBudget} bytes (0: none). */
    public static Settings of(Path folder, InstagramSettings instagram, int backfill, int parallelism,
                              long pictureBudget) {
        Settings plain = of(folder, instagram, backfill, parallelism);
        return new Settings(plain.source(), plain.discord(), plain.instagram(), plain.poll(), plain.databasePath(),
                new PicturesSettings(plain.pictures().folder(), pictureBudget), plain.http());
    }
}
