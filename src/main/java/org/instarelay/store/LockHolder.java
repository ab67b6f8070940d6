package org.instarelay.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Properties;

/**
 * Who holds a database: the process, its host, since when and in which mode ({@code run} or
 * {@code console}). The holder writes it into the lock file so that a process refused the lock
 * can name it, and the operator knows which process to stop.
 *
 * @param mode {@code run} or {@code console}
 * @param host the host name, so a database on a shared disk names the machine too
 */
public record LockHolder(String mode, long pid, String host, Instant since) {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** This process, now, in {@code mode}. */
    public static LockHolder thisProcess(String mode) {
        return new LockHolder(mode, ProcessHandle.current().pid(), hostName(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Whether the holder is known to have ended: it ran on this host and no process has its pid.
     * False when it cannot be told (another host, a pid taken again by some other process).
     */
    public boolean endedHere() {
        return host != null && host.equals(hostName()) && ProcessHandle.of(pid).isEmpty();
    }

    /** "run, pid 4242 on host web1, since 2026-12-01 21:40 UTC". */
    public String words() {
        return mode + ", pid " + pid + " on host " + host + ", since " + WHEN.format(since);
    }

    /** What the lock file holds: a few {@code key=value} lines, readable with {@code cat}. */
    String fileText() {
        return "mode=" + mode + "\npid=" + pid + "\nhost=" + host + "\nsince=" + since + "\n";
    }

    /** The holder a lock file names; null when it names none (an older release's empty file, a half-written one). */
    static LockHolder parse(String text) {
        Properties values = new Properties();
        try {
            values.load(new java.io.StringReader(text));
            return new LockHolder(values.getProperty("mode"), Long.parseLong(values.getProperty("pid")),
                    values.getProperty("host"), Instant.parse(values.getProperty("since")));
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // No name the resolver knows: the kernel's own is what `hostname` prints.
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? "unknown" : fromEnvironment;
        }
    }
}
