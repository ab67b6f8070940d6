package org.instarelay.common;

/**
 * Where people type commands, so messages can say exactly what to type next.
 */
public enum Surface {
    CONSOLE(""),
    DISCORD("/instagram ");

    private final String prefix;

    Surface(String prefix) {
        this.prefix = prefix;
    }

    /** The command as a person types it here: {@code connect} or {@code /instagram connect}. */
    public String command(String subcommand) {
        return "`" + prefix + subcommand + "`";
    }
}
