package org.instarelay.commands;

import org.instarelay.common.Requester;
import org.instarelay.common.Surface;
import org.instarelay.store.StoreException;

/**
 * One command: what it is ({@link #spec()}) and what it does. The {@link CommandRegistry} checks
 * the admin rule before {@link #run} and turns any failure into a reply, so a command only says
 * what happened.
 */
public interface Command {
    CommandSpec spec();

    /** @param surface where it was typed, so the reply can name the next command as it is typed there */
    Reply run(Requester who, Surface surface, Arguments arguments) throws StoreException, InterruptedException;
}
