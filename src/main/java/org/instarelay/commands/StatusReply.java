package org.instarelay.commands;

import java.time.Instant;
import java.util.List;
import org.instarelay.store.Account;
import org.instarelay.store.MediaRepository;

/**
 * Accounts and the schedule, for {@code status}.
 *
 * @param nextPoll when the next cycle starts, null when no schedule runs
 */
public record StatusReply(List<AccountStatus> accounts, Instant nextPoll, String text) implements Reply {

    /** One account with its numbers. */
    public record AccountStatus(Account account, MediaRepository.Counts counts) {}

    public StatusReply {
        accounts = List.copyOf(accounts);
    }

    @Override
    public boolean personal() {
        return true;
    }
}
