package org.instarelay.commands;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a face parsed for a command's options, by option name. Text is stripped and blank
 * text is left out, so a command sees either a value or null.
 */
public final class Arguments {
    private final Map<String, Object> values;

    private Arguments(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Arguments none() {
        return new Arguments(Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The text given, or null. */
    public String string(String name) {
        return values.get(name) instanceof String text ? text : null;
    }

    /** The number given, or null. */
    public Integer integer(String name) {
        return values.get(name) instanceof Integer number ? number : null;
    }

    /** The yes/no given, or null. */
    public Boolean bool(String name) {
        return values.get(name) instanceof Boolean value ? value : null;
    }

    /** The channel given, or null. */
    public ChannelChoice channel(String name) {
        return values.get(name) instanceof ChannelChoice channel ? channel : null;
    }

    /** The role given, or null. */
    public RoleChoice role(String name) {
        return values.get(name) instanceof RoleChoice role ? role : null;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    @Override
    public String toString() {
        // Values are left out: a pasted code is a credential.
        return "Arguments" + values.keySet();
    }

    /**
     * A channel picked in a face that has channels.
     *
     * @param id    the Discord channel id
     * @param words how it reads in a reply, such as {@code <#555>}
     */
    public record ChannelChoice(String id, String words) {}

    /**
     * A role picked in a face that has roles.
     *
     * @param id    the Discord role id
     * @param words how it reads in a reply, such as {@code @Video}
     */
    public record RoleChoice(String id, String words) {}

    /** Collects values while a face parses. */
    public static final class Builder {
        private final Map<String, Object> values = new LinkedHashMap<>();

        public Builder string(String name, String value) {
            if (value != null && !value.isBlank()) {
                values.put(name, value.strip());
            }
            return this;
        }

        public Builder integer(String name, Integer value) {
            if (value != null) {
                values.put(name, value);
            }
            return this;
        }

        public Builder bool(String name, Boolean value) {
            if (value != null) {
                values.put(name, value);
            }
            return this;
        }

        public Builder channel(String name, ChannelChoice value) {
            if (value != null) {
                values.put(name, value);
            }
            return this;
        }

        public Builder role(String name, RoleChoice value) {
            if (value != null) {
                values.put(name, value);
            }
            return this;
        }

        public Arguments build() {
            return new Arguments(new LinkedHashMap<>(values));
        }
    }
}
