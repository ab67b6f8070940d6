package org.instarelay.config;

/**
 * One thing wrong with the configuration: which key, what is wrong, and what to do about it.
 *
 * <p>Messages never contain the value of a secret (bot token, client secret): a malformed one is
 * called malformed, not quoted.
 *
 * @param key     the setting, such as {@code poll.interval}; null for a problem with the file itself
 * @param message what is wrong, such as {@code "ten minutes" is not a duration}
 * @param fix     what to do next, as a sentence; null when the message already says it
 */
public record ConfigProblem(String key, String message, String fix) {

    /** One line of a report: {@code poll.interval: "x" is not a duration. Use 30s, 10m, 1h or PT10M.} */
    public String describe() {
        StringBuilder line = new StringBuilder();
        if (key != null) {
            line.append(key).append(": ");
        }
        line.append(message);
        if (!message.endsWith(".")) {
            line.append('.');
        }
        if (fix != null) {
            line.append(' ').append(fix);
        }
        return line.toString();
    }
}
