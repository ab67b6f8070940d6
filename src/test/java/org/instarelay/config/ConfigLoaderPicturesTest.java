package org.instarelay.config;

import static org.instarelay.config.ConfigFixture.failure;
import static org.instarelay.config.ConfigFixture.keysWithProblems;
import static org.instarelay.config.ConfigFixture.load;
import static org.instarelay.config.ConfigFixture.onlyProblemFor;
import static org.instarelay.config.ConfigFixture.problemFor;
import static org.instarelay.config.ConfigFixture.requiredWith;
import static org.instarelay.config.ConfigFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.instarelay.config.ConfigLoader.Mode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("ConfigLoader: kept pictures (pictures.*)")
class ConfigLoaderPicturesTest {
    private static final long MB = 1024L * 1024;

    @TempDir
    Path dir;

    private PicturesSettings pictures(String... keysAndValues) throws Exception {
        return load(write(dir, requiredWith(keysAndValues)), Mode.RUN).settings().pictures();
    }

    @Test
    @DisplayName("GIVEN a database elsewhere and no pictures.path WHEN loaded THEN pictures go to a folder \"pictures\" beside the database, with 1 GB")
    void defaultBesideDatabase() throws Exception {
        // GIVEN
        Path database = dir.resolve("data").resolve("relay.db");

        // WHEN
        PicturesSettings pictures = pictures("database.path", database.toString());

        // THEN
        assertEquals(dir.resolve("data").resolve("pictures"), pictures.folder());
        assertEquals(1024 * MB, pictures.maxBytes());
        assertTrue(pictures.keepsPictures());
    }

    @Test
    @DisplayName("GIVEN a relative pictures.path WHEN loaded THEN it is resolved against the working directory, like database.path")
    void relativePathUsesWorkingDirectory() throws Exception {
        // GIVEN / WHEN
        PicturesSettings pictures = pictures("pictures.path", "kept/pictures");

        // THEN
        assertEquals(Path.of("").toAbsolutePath().resolve("kept/pictures"), pictures.folder());
    }

    @Test
    @DisplayName("GIVEN a folder that does not exist yet WHEN loaded THEN it is accepted (the bot creates it)")
    void missingFolderIsFine() throws Exception {
        // GIVEN
        Path folder = dir.resolve("not-yet");

        // WHEN / THEN
        assertEquals(folder, pictures("pictures.path", folder.toString()).folder());
        assertFalse(Files.exists(folder), "loading the settings creates nothing");
    }

    @Test
    @DisplayName("GIVEN pictures.path naming a file WHEN loaded THEN it is reported, saying a folder is wanted")
    void pathIsAFile() throws Exception {
        // GIVEN
        Path file = Files.writeString(dir.resolve("pictures.txt"), "not a folder");

        // WHEN
        ConfigException e = failure(write(dir, requiredWith("pictures.path", file.toString())), Mode.RUN);

        // THEN
        assertEquals(List.of("pictures.path"), keysWithProblems(e), e::report);
        assertEquals("pictures.path: " + file + " is a file, not a folder. Name a folder (it is created if missing),"
                + " or leave it empty for a folder pictures beside the database.", problemFor(e, "pictures.path"));
    }

    @ParameterizedTest(name = "pictures.max-size={0}")
    @CsvSource({"500MB, 524288000", "1GB, 1073741824", "1.5GB, 1610612736", "200KB, 204800", "200 kb, 204800",
            "2MiB, 2097152", "1TB, 1099511627776", "123456, 123456", "10B, 10", "0, 0"})
    @DisplayName("GIVEN a size with or without a unit WHEN loaded THEN it is that many bytes (1 KB = 1024 bytes)")
    void validSizes(String value, long bytes) throws Exception {
        // GIVEN / WHEN
        PicturesSettings pictures = pictures("pictures.max-size", value);

        // THEN
        assertEquals(bytes, pictures.maxBytes());
        assertEquals(bytes > 0, pictures.keepsPictures());
    }

    @ParameterizedTest(name = "pictures.max-size={0}")
    @CsvSource(delimiter = '|', value = {
            "-1GB | \"-1GB\" is negative",
            "-5 | \"-5\" is negative",
            "lots | \"lots\" is not a size",
            "1 GB 2 | \"1 GB 2\" is not a size",
            "1PB | \"1PB\" is not a size",
            "1,5GB | \"1,5GB\" is not a size",
            "99999999999TB | \"99999999999TB\" is more than any disk holds"})
    @DisplayName("GIVEN a negative or unreadable size WHEN loaded THEN pictures.max-size is reported, naming the units and what 0 does")
    void badSizes(String value, String expected) throws Exception {
        // GIVEN / WHEN
        String line = onlyProblemFor(dir, "pictures.max-size", value);

        // THEN
        assertEquals("pictures.max-size: " + expected + ". Use a size in B, KB, MB, GB or TB, such as 500MB, 1GB,"
                + " 1.5GB or 200KB, or a number of bytes; 0 keeps no pictures. Leave it empty for the default, 1GB.",
                line);
    }

    @Test
    @DisplayName("GIVEN pictures keys in the environment WHEN loaded THEN they win over the file, and a bad one names its variable")
    void environmentOverrides() throws Exception {
        // GIVEN
        Path file = write(dir, requiredWith("pictures.max-size", "1GB", "pictures.path", "from-file"));
        Path folder = dir.resolve("from-env");

        // WHEN
        PicturesSettings pictures = ConfigLoader.load(file, Map.of("INSTARELAY_PICTURES_MAX_SIZE", "250MB",
                "INSTARELAY_PICTURES_PATH", folder.toString()), Mode.RUN).settings().pictures();
        ConfigException e = failure(file, Map.of("INSTARELAY_PICTURES_MAX_SIZE", "big"), Mode.RUN);

        // THEN
        assertEquals(new PicturesSettings(folder, 250 * MB), pictures);
        assertTrue(problemFor(e, "pictures.max-size").startsWith("pictures.max-size: \"big\" is not a size"
                + " (the value comes from INSTARELAY_PICTURES_MAX_SIZE)."), e::report);
    }
}
