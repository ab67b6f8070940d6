package org.instarelay.commands;

import java.util.List;

/**
 * One option of a command, as every face needs to know it: Discord registers it, the console
 * parses it and lists it in {@code help}.
 *
 * @param name         the key in {@link Arguments}; also the Discord option name
 * @param description  what to type, at most 100 characters (Discord refuses longer)
 * @param type         how the value is typed and parsed
 * @param required     whether the command cannot run without it
 * @param min          smallest accepted integer, null for none
 * @param max          largest accepted integer, null for none
 * @param maxLength    longest accepted text, null for none
 * @param autocomplete whether a face may suggest values (account names) while it is typed
 * @param choices      the only values accepted, empty for any
 * @param placeholder  how it reads in a usage line: {@code code or URL}, {@code n}
 * @param whenMissing  what to say when a required option is left out
 */
public record OptionSpec(String name, String description, Type type, boolean required, Integer min, Integer max,
                         Integer maxLength, boolean autocomplete, List<String> choices, String placeholder,
                         String whenMissing) {
    /** The account a command acts on. */
    public static final String ACCOUNT = "account";
    /** Instagram usernames have at most 30 characters; the cap also keeps Discord button ids under 100. */
    public static final int ACCOUNT_MAX_LENGTH = 64;

    /** How a value is typed. */
    public enum Type { STRING, INTEGER, CHANNEL, ROLE, BOOLEAN }

    public OptionSpec {
        choices = List.copyOf(choices);
    }

    /** A text option. */
    public static OptionSpec text(String name, String description, boolean required, String placeholder) {
        return new OptionSpec(name, description, Type.STRING, required, null, null, null, false, List.of(), placeholder,
                null);
    }

    /** An optional whole number between {@code min} and {@code max}. */
    public static OptionSpec integer(String name, String description, int min, int max, String placeholder) {
        return new OptionSpec(name, description, Type.INTEGER, false, min, max, null, false, List.of(), placeholder, null);
    }

    /** A required channel to post in; only faces that have channels offer such a command. */
    public static OptionSpec channel(String name, String description) {
        return new OptionSpec(name, description, Type.CHANNEL, true, null, null, null, false, List.of(), name, null);
    }

    /**
     * An optional yes/no. Discord offers True and False; the console takes the words of
     * {@code consoleWords}: {@code on|off} (the first means true, the second false) or a single
     * word that means true when typed, such as {@code new-key}.
     */
    public static OptionSpec bool(String name, String description, String consoleWords) {
        return new OptionSpec(name, description, Type.BOOLEAN, false, null, null, null, false, List.of(), consoleWords,
                null);
    }

    /** For a {@link Type#BOOLEAN} option: what the console word means, null when it is not one of its words. */
    public Boolean consoleValue(String word) {
        String[] words = placeholder.split("\\|");
        for (int i = 0; i < words.length; i++) {
            if (words[i].equalsIgnoreCase(word)) {
                return i == 0;
            }
        }
        return null;
    }

    /** An optional role (the console takes its id). */
    public static OptionSpec role(String name, String description) {
        return new OptionSpec(name, description, Type.ROLE, false, null, null, null, false, List.of(), name, null);
    }

    /** An optional text that must be one of {@code choices} (Discord offers them as a list). */
    public static OptionSpec choice(String name, String description, List<String> choices) {
        return new OptionSpec(name, description, Type.STRING, false, null, null, null, false, choices, name, null);
    }

    /** The optional, autocompleted account name. */
    public static OptionSpec account(String description) {
        return new OptionSpec(ACCOUNT, description, Type.STRING, false, null, null, ACCOUNT_MAX_LENGTH, true, List.of(),
                ACCOUNT, null);
    }

    /** The same option, with the sentence a face shows when it is left out. */
    public OptionSpec whenMissing(String sentence) {
        return new OptionSpec(name, description, type, required, min, max, maxLength, autocomplete, choices, placeholder,
                sentence);
    }

    /** {@code <code or URL>} when required, {@code [n]} when not. */
    public String usage() {
        return required ? "<" + placeholder + ">" : "[" + placeholder + "]";
    }
}
