package org.instarelay.commands;

import java.util.Objects;

/**
 * Where the web face stands, for the commands that mention it ({@code status}, {@code feed}): off,
 * listening at its public address, or failed to start. Set once by whoever starts the web face;
 * read by commands on any thread.
 */
public final class WebFaceState {
    /** The setting that turns the web face on; named in every reply that says it is off. */
    public static final String PORT_SETTING = "http.port";

    /** The web face as a command sees it. */
    public enum Kind { OFF, RUNNING, FAILED }

    /**
     * @param kind      off, running or failed
     * @param publicUrl where browsers reach it, without a trailing slash; null unless running
     * @param problem   why it did not start, one sentence; null unless failed
     */
    public record Snapshot(Kind kind, String publicUrl, String problem) {
        public Snapshot {
            Objects.requireNonNull(kind, "kind");
        }

        /** One line for {@code status}, the same words in every face. */
        public String words() {
            return switch (kind) {
                case RUNNING -> "Web face: " + publicUrl;
                case OFF -> "Web face: off (set " + PORT_SETTING + " to turn it on).";
                case FAILED -> "Web face: not running. " + problem;
            };
        }
    }

    private volatile Snapshot now = new Snapshot(Kind.OFF, null, null);

    public Snapshot snapshot() {
        return now;
    }

    public void running(String publicUrl) {
        String url = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        now = new Snapshot(Kind.RUNNING, url, null);
    }

    public void failed(String problem) {
        now = new Snapshot(Kind.FAILED, null, problem);
    }

    public void off() {
        now = new Snapshot(Kind.OFF, null, null);
    }
}
