package org.instarelay.discord;

import java.util.concurrent.Executor;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.instarelay.commands.CommandRegistry;
import org.instarelay.commands.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How an interaction gets its answer, within Discord's rules: acknowledged within 3 seconds;
 * slow work deferred first (ephemeral, decided before deferring: it cannot change afterwards) and
 * finished through the hook, which lives 15 minutes; a failure answered with a short sentence.
 * Answers that cannot be delivered (the person closed Discord, the token expired) are logged.
 */
final class Responder {
    static final String FAILED = CommandRegistry.FAILED;
    private static final Logger log = LoggerFactory.getLogger(Responder.class);

    private final ReplyRenderer renderer;
    private final Executor slowWork;

    Responder(ReplyRenderer renderer, Executor slowWork) {
        this.renderer = renderer;
        this.slowWork = slowWork;
    }

    /** Personal or refused answers only the asker sees; posts ({@code latest}) everyone may. */
    void reply(IReplyCallback event, Reply reply) {
        event.reply(renderer.render(reply)).setEphemeral(reply.personal() || reply.failed()).queue(null, this::undelivered);
    }

    /** A sentence only the asker sees. */
    void say(IReplyCallback event, String text) {
        event.reply(renderer.text(text)).setEphemeral(true).queue(null, this::undelivered);
    }

    /**
     * For what calls Instagram: acknowledge now, answer from {@code slowWork}, off JDA's event thread.
     *
     * @param personal whether only the asker sees the answer; fixed now, as Discord cannot change it later
     */
    void deferred(IReplyCallback event, boolean personal, Supplier<Reply> work) {
        event.deferReply(personal).queue(null, e -> log.warn("Could not acknowledge an interaction: {}", e.getMessage()));
        slowWork.execute(() -> {
            MessageCreateData answer;
            try {
                answer = renderer.render(work.get());
            } catch (RuntimeException e) {
                log.error("A deferred /instagram command failed", e);
                answer = renderer.text(FAILED);
            }
            event.getHook().editOriginal(MessageEditData.fromCreateData(answer)).queue(null, this::undelivered);
        });
    }

    /** Something broke: a short sentence, wherever the interaction stands. Never throws. */
    void fail(IReplyCallback event) {
        try {
            if (event.isAcknowledged()) {
                event.getHook().editOriginal(FAILED).queue(null, this::undelivered);
            } else {
                say(event, FAILED);
            }
        } catch (RuntimeException e) {
            log.warn("Could not report a failure: {}", e.getMessage());
        }
    }

    /** An edit that replaces the whole message, so its old buttons go away. */
    static MessageEditData replacing(MessageCreateData data) {
        return MessageEditBuilder.fromCreateData(data).setReplace(true).build();
    }

    private void undelivered(Throwable e) {
        log.warn("Could not deliver an answer: {}", e.getMessage());
    }
}
