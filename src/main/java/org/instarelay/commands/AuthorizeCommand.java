package org.instarelay.commands;

import java.util.function.BooleanSupplier;
import org.instarelay.auth.AuthorizationService;
import org.instarelay.auth.AuthorizeLink;
import org.instarelay.common.Requester;
import org.instarelay.common.Surface;
import org.instarelay.store.StoreException;

/** {@code authorize}: the link that starts connecting an account. */
public final class AuthorizeCommand implements Command {
    public static final CommandSpec SPEC = CommandSpec.of("authorize", "Get the link that connects an Instagram account")
            .admin();

    private final AuthorizationService authorization;
    private final Words words;
    private final BooleanSupplier approvesAlone;

    /**
     * @param approvesAlone whether {@code instagram.redirect-uri} is the running web face's callback,
     *                      so the browser lands on the bot and approving connects by itself
     */
    public AuthorizeCommand(AuthorizationService authorization, Words words, BooleanSupplier approvesAlone) {
        this.authorization = authorization;
        this.words = words;
        this.approvesAlone = approvesAlone;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply run(Requester who, Surface surface, Arguments arguments) throws StoreException {
        AuthorizeLink link = authorization.start(who);
        boolean alone = approvesAlone.getAsBoolean();
        String next = alone
                ? "\nThe bot then connects the account by itself and says so here. If your browser shows an error"
                        + " page instead, paste its address with " + surface.command("connect") + "."
                : "\nThen paste the address your browser lands on (or just the code in it) with "
                        + surface.command("connect") + ".";
        String text = "Open this link, log in to the Instagram account and choose Allow:\n" + link.url() + next
                + " The link works until " + words.dateTime(link.expiresAt())
                + " (" + words.relative(link.expiresAt()) + ") and only for you.";
        return new AuthorizeReply(link.url(), link.expiresAt(), text, link.state(), alone);
    }
}
