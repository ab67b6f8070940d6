package org.instarelay.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The bot's health as a test sets it, starting healthy at {@code start}. */
final class FakeHealth implements HealthSource {
    private volatile Snapshot snapshot;

    FakeHealth(Instant start) {
        snapshot = new Snapshot(start, true, true, start, Optional.of(start), Duration.ofMinutes(10), List.of());
    }

    void cycleFinishedAt(Instant at) {
        Snapshot s = snapshot;
        snapshot = new Snapshot(s.runningSince(), s.databaseWritable(), s.discordConnected(), s.discordSince(),
                Optional.of(at), s.cycleInterval(), s.needingReauthorization());
    }

    void databaseWritable(boolean writable) {
        Snapshot s = snapshot;
        snapshot = new Snapshot(s.runningSince(), writable, s.discordConnected(), s.discordSince(),
                s.lastCycle(), s.cycleInterval(), s.needingReauthorization());
    }

    void discord(boolean connected, Instant since) {
        Snapshot s = snapshot;
        snapshot = new Snapshot(s.runningSince(), s.databaseWritable(), connected, since,
                s.lastCycle(), s.cycleInterval(), s.needingReauthorization());
    }

    void needingReauthorization(List<String> usernames) {
        Snapshot s = snapshot;
        snapshot = new Snapshot(s.runningSince(), s.databaseWritable(), s.discordConnected(), s.discordSince(),
                s.lastCycle(), s.cycleInterval(), usernames);
    }

    @Override
    public Snapshot snapshot() {
        return snapshot;
    }
}
