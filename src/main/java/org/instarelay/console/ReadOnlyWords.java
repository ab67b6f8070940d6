package org.instarelay.console;

import org.instarelay.commands.CommandSpec;
import org.instarelay.view.FileHolder;

/**
 * What the console says when it runs beside the process that holds the database: why it only
 * reads, and, for a command that would change something, where to do it instead.
 */
public final class ReadOnlyWords {
    private final FileHolder holder;

    public ReadOnlyWords(FileHolder holder) {
        this.holder = holder;
    }

    /** Printed at start: this console reads the shared file and does nothing else. */
    public String banner() {
        return "Read-only: " + holder.holderWords() + " is using the database " + holder.database()
                + ", so this console only reads it (status, latest, history, help); it does not poll, post or "
                + "change anything, and has no web face.";
    }

    /** The one sentence a command that is not a read gets. */
    public String refusal(CommandSpec spec) {
        if (holder.known() && holder.ended().getAsBoolean()) {
            // Asked each time: the bot may have stopped since this console started.
            return "The " + (holder.mode().equals("run") ? "bot" : "console") + " that was using this database (pid "
                    + holder.pid() + ") has stopped: quit this console and start it again to " + spec.name() + " here.";
        }
        if (holder.known() && holder.mode().equals("run")) {
            return "The bot (" + holder.words() + ") is running on this database: do it from Discord with "
                    + "/instagram " + spec.name() + ", or stop the bot first.";
        }
        return capitalised(holder.holderWords()) + " is using this database: " + spec.name()
                + " there, or quit it first and type it here again.";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
