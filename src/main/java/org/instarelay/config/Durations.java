package org.instarelay.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations the way people write them in a config file or a command: {@code 30s},
 * {@code 10m}, {@code 1h}, {@code 2d}, combinations from the largest unit down such as
 * {@code 2h30m} or {@code 1h 15m}, and ISO-8601 such as {@code PT10M}.
 *
 * <p>Units are case-insensitive; {@code m} is always minutes, since months make no sense here.
 * A bare number is refused rather than guessed at, because "600" could mean seconds or minutes.
 */
public final class Durations {
    /** What to show people when their text was not understood. */
    public static final String EXAMPLES = "Use 30s, 10m, 1h or PT10M";

    private static final Pattern COMPACT = Pattern.compile("-?(\\s*\\d+\\s*[dhms])+");
    private static final Pattern PART = Pattern.compile("(\\d+)\\s*([dhms])");
    private static final String UNITS_LARGEST_FIRST = "dhms";

    private Durations() {}

    /**
     * Parses {@code text}. Zero and negative durations are returned as written ({@code PT-5M},
     * {@code -5m}); whether they make sense is the caller's decision.
     *
     * @throws IllegalArgumentException with a message that quotes the text and says what to write instead
     */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no duration given. " + EXAMPLES + ".");
        }
        String trimmed = text.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("p") || lower.startsWith("-p") || lower.startsWith("+p")) {
            return parseIso(trimmed);
        }
        if (lower.matches("-?\\d+")) {
            throw new IllegalArgumentException('"' + trimmed + "\" has no unit. Write " + trimmed
                    + "s for seconds or " + trimmed + "m for minutes.");
        }
        if (!COMPACT.matcher(lower).matches()) {
            throw notADuration(trimmed);
        }
        return parseCompact(trimmed, lower);
    }

    /** The shortest compact form, such as {@code 10m} or {@code 2h30m}; the inverse of {@link #parse}. */
    public static String format(Duration duration) {
        if (duration.isZero()) {
            return "0s";
        }
        StringBuilder text = new StringBuilder(duration.isNegative() ? "-" : "");
        Duration rest = duration.abs();
        appendPart(text, rest.toDaysPart(), 'd');
        appendPart(text, rest.toHoursPart(), 'h');
        appendPart(text, rest.toMinutesPart(), 'm');
        appendPart(text, rest.toSecondsPart(), 's');
        if (rest.toNanosPart() != 0) {
            // Sub-second precision only comes from ISO input; ISO is the only form that can carry it.
            return duration.toString();
        }
        return text.toString();
    }

    private static void appendPart(StringBuilder text, long amount, char unit) {
        if (amount != 0) {
            text.append(amount).append(unit);
        }
    }

    private static Duration parseIso(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw notADuration(text);
        }
    }

    private static Duration parseCompact(String original, String lower) {
        Duration total = Duration.ZERO;
        int previousUnit = -1;
        Matcher part = PART.matcher(lower);
        try {
            while (part.find()) {
                int unit = UNITS_LARGEST_FIRST.indexOf(part.group(2).charAt(0));
                if (unit <= previousUnit) {
                    throw new IllegalArgumentException('"' + original
                            + "\" is not a duration: write each unit once, largest first, like 2h30m.");
                }
                previousUnit = unit;
                total = total.plus(amount(Long.parseLong(part.group(1)), part.group(2).charAt(0)));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException('"' + original + "\" is too long to be a duration.");
        }
        return lower.startsWith("-") ? total.negated() : total;
    }

    private static Duration amount(long value, char unit) {
        return switch (unit) {
            case 'd' -> Duration.ofDays(value);
            case 'h' -> Duration.ofHours(value);
            case 'm' -> Duration.ofMinutes(value);
            default -> Duration.ofSeconds(value);
        };
    }

    private static IllegalArgumentException notADuration(String text) {
        return new IllegalArgumentException('"' + text + "\" is not a duration. " + EXAMPLES + ".");
    }
}
