package org.instarelay.testing;

import java.nio.file.Path;
import org.instarelay.config.PicturesSettings;
import org.instarelay.config.Settings;
import org.instarelay.instagram.InstagramSettings;

/** Settings for a bot whose Instagram is a {@link FakeInstagram} and whose database is in a temp folder. */
public final class TestSettings {
    private TestSettings() {}

    /** Settings with the bot's files in {@code folder}; see {@link SettingsBuilder} for the defaults. */
    public static SettingsBuilder builder(Path folder) {
        return new SettingsBuilder(folder);
    }

    public static Settings of(Path folder, InstagramSettings instagram, int backfill) {
        return builder(folder).instagram(instagram).backfill(backfill).build();
    }

    /** The same, reading {@code parallelism} accounts at once ({@code poll.parallelism}). */
    public static Settings of(Path folder, InstagramSettings instagram, int backfill, int parallelism) {
        return builder(folder).instagram(instagram).backfill(backfill).parallelism(parallelism).build();
    }

    /** The same, with pictures kept in {@code pictures} beside the database within {@code pictureBudget} bytes (0: none). */
    public static Settings of(Path folder, InstagramSettings instagram, int backfill, int parallelism,
                              long pictureBudget) {
        Settings plain = of(folder, instagram, backfill, parallelism);
        return new Settings(plain.source(), plain.discord(), plain.instagram(), plain.poll(), plain.databasePath(),
                new PicturesSettings(plain.pictures().folder(), pictureBudget), plain.http());
    }
}
