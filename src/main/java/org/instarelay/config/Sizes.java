package org.instarelay.config;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts of storage the way people write them: {@code 500MB}, {@code 1GB}, {@code 1.5GB},
 * {@code 200KB}, or a plain number of bytes.
 *
 * <p>A kilobyte is 1,024 bytes here (and so on up): these sizes are budgets for files on disk,
 * and the binary units are what {@code du -h} and most file managers show. {@code KiB}, {@code MiB}
 * and so on are accepted as the same units. Units are case-insensitive; a space before the unit is allowed.
 */
public final class Sizes {
    /** What to show people when their text was not understood. */
    public static final String EXAMPLES =
            "Use a size in B, KB, MB, GB or TB, such as 500MB, 1GB, 1.5GB or 200KB, or a number of bytes";

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]i?b|b)?");
    private static final String UNITS = "bkmgt";
    private static final String[] NAMES = {"bytes", "KB", "MB", "GB", "TB"};

    private Sizes() {}

    /**
     * Parses {@code text} into bytes, rounding a fraction of a byte down.
     *
     * @throws IllegalArgumentException with a message that quotes the text and says what is wrong
     *                                  with it; {@link #EXAMPLES} says what to write instead
     */
    public static long parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.startsWith("-")) {
            throw new IllegalArgumentException('"' + trimmed + "\" is negative");
        }
        Matcher matcher = SIZE.matcher(trimmed.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException('"' + trimmed + "\" is not a size");
        }
        String unit = matcher.group(2) == null ? "b" : matcher.group(2);
        BigDecimal bytes = new BigDecimal(matcher.group(1))
                .multiply(BigDecimal.valueOf(1024).pow(UNITS.indexOf(unit.charAt(0))));
        if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException('"' + trimmed + "\" is more than any disk holds");
        }
        return bytes.longValue();
    }

    /** For people: {@code 1 GB}, {@code 1.5 GB}, {@code 200 KB}, {@code 512 bytes}; at most one decimal. */
    public static String format(long bytes) {
        int unit = 0;
        double amount = bytes;
        while (amount >= 1024 && unit < NAMES.length - 1) {
            amount /= 1024;
            unit++;
        }
        String number = unit == 0 || amount == Math.floor(amount)
                ? String.valueOf((long) amount)
                : String.format(Locale.ROOT, "%.1f", amount);
        return (number.endsWith(".0") ? number.substring(0, number.length() - 2) : number) + " " + NAMES[unit];
    }
}
