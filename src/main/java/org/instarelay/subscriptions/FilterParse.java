package org.instarelay.subscriptions;

import java.util.List;

/** The outcome of reading a subscription's filter options: a filter, or what to fix. */
public sealed interface FilterParse {
    /** The options are fine. */
    record Valid(PostFilter filter) implements FilterParse {}

    /** At least one option is unusable; nothing should be saved. */
    record Invalid(List<FilterProblem> problems) implements FilterParse {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
