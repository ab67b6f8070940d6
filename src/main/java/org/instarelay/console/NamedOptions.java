package org.instarelay.console;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.instarelay.commands.OptionSpec;

/**
 * A console line's options split into the positional words before the first {@code name:} and
 * the named ones after it. A named value runs to the next {@code name:}, so it may hold spaces
 * and commas ({@code only:#wvu, #football skip:#ad}).
 */
record NamedOptions(String positional, List<Value> values) {

    /** One {@code name:value}. */
    record Value(String name, String text) {}

    static NamedOptions split(String rest, List<OptionSpec> options) {
        if (options.isEmpty()) {
            return new NamedOptions(rest, List.of());
        }
        String names = options.stream().map(option -> Pattern.quote(option.name())).collect(Collectors.joining("|"));
        Matcher matcher = Pattern.compile("(?:^|\\s)(" + names + "):").matcher(rest);
        List<int[]> marks = new ArrayList<>();
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            marks.add(new int[] {matcher.start(1), matcher.end()});
            found.add(matcher.group(1));
        }
        if (marks.isEmpty()) {
            return new NamedOptions(rest, List.of());
        }
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : rest.length();
            values.add(new Value(found.get(i), rest.substring(marks.get(i)[1], end).strip()));
        }
        return new NamedOptions(rest.substring(0, marks.get(0)[0]), values);
    }
}
