package org.instarelay.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.instarelay.config.Fields.Findings;
import org.instarelay.instagram.InstagramSettings;

/**
 * The one way to get {@link Settings}: reads a properties file, lays {@code INSTARELAY_*}
 * environment variables over it, and checks everything before anything starts.
 *
 * <p>Every problem is collected and reported at once in a {@link ConfigException}, each naming
 * its key, the file's absolute path and the fix; a setup that fails one line per run wears
 * people out. Secret values never appear in any message.
 *
 * <p>The file is read as UTF-8 rather than the ISO-8859-1 of {@link Properties#load(java.io.InputStream)},
 * because that is what editors write today.
 */
public final class ConfigLoader {
    static final String DEFAULT_DATABASE_PATH = "instarelay.db";

    /** What the settings are for, which decides what is required. */
    public enum Mode {
        /** The Discord bot, and {@code check}: the Discord token, and some server to serve, are required. */
        RUN,
        /** The terminal: Discord is not used, so only the Instagram app is required. */
        CONSOLE
    }

    /**
     * Settings that passed validation, with the warnings found on the way (an unknown key, a very
     * short poll interval). Callers should show the warnings; they never stop the program.
     *
     * @param settings the validated settings
     * @param warnings one line each, such as {@code poll.interval: 30s is shorter than a minute; ...}
     */
    public record LoadedConfig(Settings settings, List<String> warnings) {

        public LoadedConfig {
            warnings = List.copyOf(warnings);
        }
    }

    private ConfigLoader() {}

    /**
     * Loads and validates the settings.
     *
     * @param file        the properties file, relative to the working directory or absolute; it
     *                    need not exist if the environment provides everything required
     * @param environment usually {@code System.getenv()}; only {@code INSTARELAY_*} entries are read
     * @param mode        what the settings are for
     * @return the settings and any warnings, which the caller should print
     * @throws ConfigException listing every problem found
     */
    public static LoadedConfig load(Path file, Map<String, String> environment, Mode mode) throws ConfigException {
        Path source = file.toAbsolutePath().normalize();
        Findings findings = new Findings();
        boolean fileMissing = !Files.exists(source);
        Map<String, String> fileValues = fileMissing ? Map.of() : readFile(source, findings);
        ConfigKeys.warnUnknown(fileValues.keySet(), environment.keySet(), source, findings);

        Fields fields = new Fields(RawConfig.merge(fileValues, environment), findings);
        DiscordSettings discord = DiscordSection.read(fields, mode);
        InstagramSettings instagram = InstagramSection.read(fields);
        PollSettings poll = PollSection.read(fields);
        Path database = databasePath(fields);
        PicturesSettings pictures = PicturesSection.read(fields, database);
        HttpSettings http = HttpSection.read(fields);
        HttpSection.checkRedirectUri(fields, http, instagram.redirectUri());

        // A missing file only matters when something it should have provided is missing too.
        if (fileMissing && findings.requiredKeyMissing()) {
            findings.problemFirst(new ConfigProblem(null, "No configuration file at " + source,
                    "Make one with \"cp bot.properties.example " + file + "\" and fill it in, or pass"
                            + " --config FILE to use another file (every key can also be set as an "
                            + ConfigKeys.ENVIRONMENT_PREFIX + "* environment variable)."));
        }
        if (!findings.problems().isEmpty()) {
            throw new ConfigException(source, findings.problems(), findings.warnings());
        }
        return new LoadedConfig(new Settings(source, discord, instagram, poll, database, pictures, http), findings.warnings());
    }

    private static Map<String, String> readFile(Path source, Findings findings) {
        if (Files.isDirectory(source)) {
            findings.problem(new ConfigProblem(null, source + " is a directory, not a properties file",
                    "Pass the file itself with --config FILE."));
            return Map.of();
        }
        try {
            return readProperties(source, key -> findings.warning(
                    key + ": set more than once in " + source + "; the last one is used."));
        } catch (MalformedInputException e) {
            findings.problem(new ConfigProblem(null, source + " is not UTF-8 text",
                    "Save it as UTF-8 in your editor."));
        } catch (AccessDeniedException e) {
            findings.problem(new ConfigProblem(null, source + " cannot be read (permission denied)",
                    "Let the user running the bot read it, for example chmod 600 and chown to that user."));
        } catch (IOException e) {
            findings.problem(new ConfigProblem(null, source + " cannot be read: " + e.getMessage(), null));
        } catch (IllegalArgumentException e) {
            // Properties.load's only complaint: a backslash-u that does not start a unicode escape.
            findings.problem(new ConfigProblem(null, source + " cannot be read: " + e.getMessage(),
                    "Write a literal backslash as \\\\ and a character as \\uXXXX (four hex digits)."));
        }
        return Map.of();
    }

    /**
     * The file's keys and raw values.
     *
     * @param onDuplicate told the name of every key written twice, since {@link Properties} would
     *                    silently keep the last one and the first is often the one being edited
     * @throws IOException              when the file cannot be read or is not UTF-8
     * @throws IllegalArgumentException when it contains a malformed {@code \\uXXXX} escape
     */
    private static Map<String, String> readProperties(Path file, Consumer<String> onDuplicate) throws IOException {
        Properties properties = new DuplicateNoticingProperties(onDuplicate);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            values.put(key, properties.getProperty(key));
        }
        return values;
    }

    /** {@link Properties#load} stores every line through {@code put}, which is where a repeat shows. */
    private static final class DuplicateNoticingProperties extends Properties {
        private static final long serialVersionUID = 1L;
        private final transient Consumer<String> onDuplicate;

        DuplicateNoticingProperties(Consumer<String> onDuplicate) {
            this.onDuplicate = onDuplicate;
        }

        @Override
        public synchronized Object put(Object key, Object value) {
            Object previous = super.put(key, value);
            if (previous != null) {
                onDuplicate.accept(String.valueOf(key));
            }
            return previous;
        }
    }

    /** Relative to the working directory, which is what people expect from the README's commands. */
    private static Path databasePath(Fields fields) {
        String value = fields.text(ConfigKeys.DATABASE_PATH);
        String text = value == null ? DEFAULT_DATABASE_PATH : value;
        try {
            Path path = Path.of(text).toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                fields.problem(ConfigKeys.DATABASE_PATH, path + " is a directory",
                        "Name the database file itself, such as " + path.resolve(DEFAULT_DATABASE_PATH) + ".");
                return null;
            }
            return path;
        } catch (InvalidPathException e) {
            fields.problem(ConfigKeys.DATABASE_PATH, Fields.quote(text) + " is not a valid file path",
                    "Use a path such as " + DEFAULT_DATABASE_PATH + " or /var/lib/instarelay/instarelay.db.");
            return null;
        }
    }
}
