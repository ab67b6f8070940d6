package org.instarelay.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Problems and warnings collected while loading, so every one of them is reported at once
 * instead of one per run.
 *
 * <p>Only the first problem of each key is kept: once a value is known to be bad, what else is
 * wrong with it is noise (a quoted value is not also "not a duration").
 */
final class Findings {
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Set<String> keysWithProblems = new HashSet<>();
    private boolean requiredKeyMissing;

    void problem(ConfigProblem problem) {
        if (problem.key() == null || keysWithProblems.add(problem.key())) {
            problems.add(problem);
        }
    }

    /** A required key has no value; remembered because it is what makes a missing file worth mentioning. */
    void missing(ConfigProblem problem) {
        requiredKeyMissing = true;
        problem(problem);
    }

    /** Puts a problem in front of the others: the cause comes before its consequences. */
    void problemFirst(ConfigProblem problem) {
        problems.add(0, problem);
    }

    void warning(String warning) {
        warnings.add(warning);
    }

    boolean hasProblem(String key) {
        return keysWithProblems.contains(key);
    }

    boolean requiredKeyMissing() {
        return requiredKeyMissing;
    }

    List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }
}
