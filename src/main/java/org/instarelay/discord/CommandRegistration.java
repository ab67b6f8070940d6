package org.instarelay.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where {@code /instagram} is registered: on each allowed server the bot is in (a server command
 * shows at once, and strangers' servers never see it), or globally with {@code discord.servers=*}.
 * Discord keeps every scope separately, so whatever an earlier run left elsewhere is removed:
 * a global {@code /instagram} when not {@code *}, the copies on servers no longer allowed, and
 * with {@code *} the server copies (or it would show twice). A server added while the bot runs
 * gets the command when it is allowed.
 *
 * <p>Only the home server refusing the command stops the start-up; another server's refusal
 * (invited without {@code applications.commands}) is a warning naming it, and the bot runs on.
 */
final class CommandRegistration extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(CommandRegistration.class);

    private final ServerAccess access;
    private final SlashCommandData instagram;

    /** @param instagram the {@code /instagram} command as the registry's specs make it */
    CommandRegistration(ServerAccess access, SlashCommandData instagram) {
        this.access = access;
        this.instagram = instagram;
    }

    /** Registers and cleans up every scope; returns once Discord answered them all. */
    void registerAll(JDA jda) throws StartupException {
        Guild home = access.homeId() == null ? null : jda.getGuildById(access.homeId());
        if (access.isAnyServer()) {
            register(jda.updateCommands().addCommands(instagram), null, jda);
        } else if (home != null) {
            register(home.updateCommands().addCommands(instagram), home, jda);
        }
        List<CompletableFuture<?>> others = new ArrayList<>();
        if (!access.isAnyServer()) {
            others.add(removeStale(jda.retrieveCommands(), jda::deleteCommandById, "globally"));
        }
        for (Guild guild : jda.getGuilds()) {
            if (home != null && guild.getIdLong() == home.getIdLong() && !access.isAnyServer()) {
                continue;
            }
            others.add(access.isAnyServer() || !access.allows(guild.getId())
                    ? removeStale(guild.retrieveCommands(), guild::deleteCommandById, "in " + name(guild))
                    : registerOn(guild));
        }
        // Each server has its own rate limit, so they run side by side; failures were logged already.
        CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
    }

    @Override
    public void onGuildJoin(GuildJoinEvent event) {
        Guild guild = event.getGuild();
        if (access.isAnyServer()) {
            return; // the global command already shows there
        }
        if (!access.allows(guild.getId())) {
            log.warn("The bot was added to {}, which is not in {}: /instagram is not offered there and its "
                    + "interactions are refused", name(guild), ServerAccess.SETTING);
            return;
        }
        try {
            registerOn(guild);
        } catch (RuntimeException e) {
            // JDA refuses new requests while it shuts down; the next start registers there anyway.
            log.warn("Could not register /instagram in {}: {}", name(guild), e.toString());
        }
    }

    /** The home server's or the global registration: a refusal stops the start-up with what to do. */
    private static void register(RestAction<?> update, Guild guild, JDA jda) throws StartupException {
        try {
            update.complete();
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() == ErrorResponse.MISSING_ACCESS) {
                throw new StartupException("Discord refused the /instagram command" + (guild == null ? "" : " in "
                        + guild.getName()) + ": the bot was invited without the applications.commands scope. Invite it "
                        + "again with " + StartupCheck.invite(jda) + ".", e);
            }
            throw new StartupException("Discord refused the /instagram command list: " + e.getMeaning() + ".", e);
        }
    }

    private CompletableFuture<?> registerOn(Guild guild) {
        return guild.updateCommands().addCommands(instagram).submit()
                .whenComplete((done, e) -> {
                    if (e == null) {
                        log.info("/instagram is registered in {}", name(guild));
                    } else if (missingAccess(e)) {
                        log.warn("Discord refused the /instagram command in {}: the bot was invited there without the "
                                + "applications.commands scope. Invite it again with {}; the bot runs on.",
                                name(guild), StartupCheck.invite(guild.getJDA()));
                    } else {
                        log.warn("Could not register /instagram in {}: {}", name(guild), cause(e).getMessage());
                    }
                });
    }

    /** Deletes {@code /instagram} from a scope where it no longer belongs. */
    private static CompletableFuture<?> removeStale(RestAction<List<Command>> list,
                                                   Function<String, RestAction<Void>> delete,
                                                   String where) {
        return list.submit()
                .thenCompose(commands -> CompletableFuture.allOf(commands.stream()
                        .filter(command -> CommandDefinitions.COMMAND.equals(command.getName()))
                        .map(command -> delete.apply(command.getId()).submit()
                                .thenRun(() -> log.info("Removed an earlier /instagram registered {}", where)))
                        .toArray(CompletableFuture[]::new)))
                .whenComplete((done, e) -> {
                    if (e != null && !missingAccess(e)) {
                        // Missing Access: the bot could never register there, so nothing is left to remove.
                        log.warn("Could not check for an earlier /instagram {}: {}", where, cause(e).getMessage());
                    }
                });
    }

    private static boolean missingAccess(Throwable e) {
        return cause(e) instanceof ErrorResponseException error && error.getErrorResponse() == ErrorResponse.MISSING_ACCESS;
    }

    private static Throwable cause(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    private static String name(Guild guild) {
        return "the server " + guild.getName() + " (id " + guild.getId() + ")";
    }
}
