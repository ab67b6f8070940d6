package org.instarelay.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges a {@link HealthSource.Snapshot}: unhealthy when no cycle ran for three intervals, the
 * database is not writable, or Discord has been disconnected for over five minutes (a short
 * gateway reconnect is normal and must not page anyone). Renders JSON for a person.
 */
final class HealthReport {
    static final Duration DISCORD_GRACE = Duration.ofMinutes(5);
    static final int MISSED_CYCLES = 3;
    private final ObjectMapper json;

    HealthReport(ObjectMapper json) {
        this.json = json;
    }

    /** The problems, each a sentence; empty when healthy. */
    List<String> problems(HealthSource.Snapshot health, Instant now) {
        List<String> problems = new ArrayList<>();
        if (!health.databaseWritable()) {
            problems.add("The database is not writable.");
        }
        if (health.discordUsed() && !health.discordConnected() && Duration.between(health.discordSince(), now).compareTo(DISCORD_GRACE) > 0) {
            problems.add("Discord has been disconnected since " + health.discordSince() + ".");
        }
        Instant lastCycle = health.lastCycle().orElse(health.runningSince());
        if (Duration.between(lastCycle, now).compareTo(health.cycleInterval().multipliedBy(MISSED_CYCLES)) > 0) {
            problems.add("No poll cycle has finished for over " + MISSED_CYCLES + " intervals.");
        }
        return problems;
    }

    /** The JSON body, as of the {@code now} the problems were found at; healthy when there are none. */
    byte[] render(HealthSource.Snapshot health, List<String> problems, Instant now) throws Exception {
        ObjectNode root = json.createObjectNode();
        root.put("status", problems.isEmpty() ? "healthy" : "unhealthy");
        problems.forEach(root.putArray("problems")::add);
        root.putObject("database").put("writable", health.databaseWritable());
        ObjectNode discord = root.putObject("discord").put("used", health.discordUsed());
        if (health.discordUsed()) {
            discord.put("connected", health.discordConnected());
            discord.put(health.discordConnected() ? "connectedSince" : "disconnectedSince",
                    health.discordSince().toString());
        }
        ObjectNode cycle = root.putObject("lastCycle");
        cycle.put("intervalSeconds", health.cycleInterval().toSeconds());
        health.lastCycle().ifPresentOrElse(at -> cycle.put("finishedAt", at.toString())
                .put("ageSeconds", Duration.between(at, now).toSeconds()), () -> cycle.putNull("finishedAt"));
        health.needingReauthorization().forEach(root.putArray("accountsNeedingReauthorization")::add);
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }
}
