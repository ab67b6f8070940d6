package org.instarelay.commands;

import java.util.stream.Collectors;
import org.instarelay.common.Plural;
import org.instarelay.collect.AccountOutcome;
import org.instarelay.collect.CycleReport;
import org.instarelay.collect.PollScheduler;
import org.instarelay.common.Requester;
import org.instarelay.common.Surface;
import org.instarelay.store.StoreException;

/** {@code poll}: a cycle now (after the one running, if any), and what it did. */
public final class PollCommand implements Command {
    public static final CommandSpec SPEC = CommandSpec.of("poll", "Collect and post new posts now").admin().deferred();

    private final Scope scope;
    private final PollScheduler scheduler;
    private final OutcomeText outcomes;

    public PollCommand(Scope scope, PollScheduler scheduler, OutcomeText outcomes) {
        this.scope = scope;
        this.scheduler = scheduler;
        this.outcomes = outcomes;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply run(Requester who, Surface surface, Arguments arguments) throws StoreException, InterruptedException {
        // This server's accounts only, and only what went to this server's channels is told.
        String guild = scope.servers().serverOf(who);
        java.util.Set<String> mine = java.util.Set.copyOf(scope.accountIds(guild));
        if (mine.isEmpty()) {
            return TextReply.ok("No account is connected yet. Run authorize, then connect.");
        }
        CycleReport report = scheduler.pollNow(mine);
        if (report.outcomes().isEmpty()) {
            return TextReply.ok("No account is connected yet. Run authorize, then connect.");
        }
        StringBuilder text = new StringBuilder("Polled: ")
                .append(Plural.of(report.newPosts(), "new post")).append(", ")
                .append(report.deliveredTo(guild)).append(" posted");
        int coming = report.onTheirWayTo(guild);
        // Posting a slow post goes on after the answer: said, so the count is not taken for all.
        text.append(coming == 0 ? "." : ", " + coming + " more on " + (coming == 1 ? "its" : "their") + " way.");
        if (report.storeProblem() != null) {
            // Once for the cycle: every account it failed would otherwise repeat the same sentence.
            text.append("\nStorage problem: ").append(report.storeProblem());
        }
        text.append(report.outcomes().stream()
                .map(outcome -> line(outcome, report.storeProblem()))
                .collect(Collectors.joining("\n", "\n", "")));
        report.problems().stream().filter(problem -> guild.equals(problem.guildId()))
                .forEach(problem -> text.append("\nPosting problem: ").append(problem.text()));
        return TextReply.ok(text.toString());
    }

    private String line(AccountOutcome outcome, String storeProblem) {
        boolean told = outcome.error() == null || outcome.error().equals(storeProblem);
        return "  " + outcome.handle() + ": " + outcomes.words(outcome.summary())
                + (told ? "" : " (" + outcome.error() + ")");
    }
}
