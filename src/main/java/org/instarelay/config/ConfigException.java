package org.instarelay.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The configuration cannot be used. Carries every problem found, not just the first, so one run
 * of {@code check} shows everything that needs fixing.
 *
 * <p>{@link #getMessage()} is the full human report (see {@link #report()}), so printing the
 * message is all a caller has to do.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final List<ConfigProblem> problems;
    private final List<String> warnings;

    /**
     * @param file     the absolute path of the configuration file (whether or not it exists)
     * @param problems at least one problem
     * @param warnings things that are not wrong but are probably not meant, such as an unknown key;
     *                 they are shown because they often explain a problem (a misspelled key is
     *                 also a missing key)
     */
    public ConfigException(Path file, List<ConfigProblem> problems, List<String> warnings) {
        super();
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one problem");
        }
        this.file = file;
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
    }

    /** The absolute path of the configuration file. */
    public Path file() {
        return file;
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    public List<String> warnings() {
        return warnings;
    }

    /**
     * A report for people:
     * <pre>
     * The configuration has 2 problems (file: /abs/path/bot.properties):
     *   - instagram.client-id: missing. Set it to the Instagram app id (...), or set INSTARELAY_INSTAGRAM_CLIENT_ID.
     *   - poll.interval: "ten minutes" is not a duration. Use 30s, 10m, 1h or PT10M.
     * Warnings:
     *   - discord.channel_id: not a known key, so it is ignored (in /abs/path/bot.properties). Did you mean discord.channel-id?
     * </pre>
     */
    public String report() {
        StringBuilder report = new StringBuilder()
                .append("The configuration has ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems")
                .append(" (file: ").append(file).append("):");
        for (ConfigProblem problem : problems) {
            report.append(System.lineSeparator()).append("  - ").append(problem.describe());
        }
        if (!warnings.isEmpty()) {
            report.append(System.lineSeparator()).append("Warnings:");
            for (String warning : warnings) {
                report.append(System.lineSeparator()).append("  - ").append(warning);
            }
        }
        return report.toString();
    }

    @Override
    public String getMessage() {
        return report();
    }
}
