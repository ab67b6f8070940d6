package org.instarelay.fakediscord;

/**
 * Discord ids ("snowflakes") made the way Discord makes them: milliseconds since the Discord epoch
 * shifted left by 22 bits, plus a counter in the low bits.
 *
 * <p>Ids must be <em>current</em>: JDA derives an interaction's creation time from its id and
 * refuses to use the interaction hook once that time is more than 15 minutes ago, so a fixed or
 * small id makes every {@code getHook()} call fail as expired.
 */
public final class Snowflakes {
    /** 2015-01-01T00:00:00Z, the Discord epoch. */
    public static final long DISCORD_EPOCH = 1_420_070_400_000L;

    private static long last;

    private Snowflakes() {}

    /** A fresh id for "now", strictly greater than every id handed out before. */
    public static synchronized String next() {
        long candidate = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
        last = Math.max(candidate, last + 1);
        return Long.toUnsignedString(last);
    }

    /** The epoch milliseconds a snowflake encodes. */
    public static long timestampMillis(String id) {
        return (Long.parseUnsignedLong(id) >>> 22) + DISCORD_EPOCH;
    }
}
