package org.instarelay.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.instarelay.common.Requester;
import org.instarelay.common.Surface;
import org.instarelay.console.ConsoleApp;
import org.instarelay.discord.CommandDefinitions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The command registry: one class and one line make a command in every face")
class CommandRegistryTest {

    /** A command no face knows about: only this class and its line in the registry's list. */
    static final class GreetCommand implements Command {
        static final CommandSpec SPEC = CommandSpec.of("greet", "Say hello to someone",
                OptionSpec.text("name", "Who to greet", false, "name"));

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public Reply run(Requester who, Surface surface, Arguments arguments) {
            String name = arguments.string("name");
            return TextReply.ok("Hello, " + (name == null ? "stranger" : name) + "! Next try " + surface.command("status"));
        }
    }

    /** An admin command that breaks, to see the two rules the registry applies once. */
    static final class BrokenCommand implements Command {
        int runs;

        @Override
        public CommandSpec spec() {
            return CommandSpec.of("break", "Break on purpose").admin();
        }

        @Override
        public Reply run(Requester who, Surface surface, Arguments arguments) {
            runs++;
            throw new IllegalStateException("secret detail at org.instarelay.Foo");
        }
    }

    private final CommandRegistry registry = new CommandRegistry(List.of(new GreetCommand(), new BrokenCommand()));

    @Test
    @DisplayName("a new command shows up in the Discord command list with its option")
    void discordList() {
        // GIVEN a registry with the new command
        // WHEN Discord's command list is built from it
        SlashCommandData instagram = CommandDefinitions.instagram(registry.specs());

        // THEN /instagram greet is offered, with its optional text option
        SubcommandData greet = instagram.getSubcommands().stream()
                .filter(sub -> sub.getName().equals("greet")).findFirst().orElseThrow();
        assertEquals("Say hello to someone", greet.getDescription());
        OptionData name = greet.getOptions().get(0);
        assertEquals("name", name.getName());
        assertEquals(OptionType.STRING, name.getType());
        assertFalse(name.isRequired());
        // AND the admin command says it is for admins
        assertTrue(instagram.getSubcommands().stream()
                .anyMatch(sub -> sub.getDescription().equals("Break on purpose (admins)")));
    }

    @Test
    @DisplayName("the console lists it in help and runs it, with its argument and the console's wording")
    void console() throws Exception {
        // GIVEN the console over the same registry
        // WHEN someone asks for help and greets
        String output = type("help\ngreet Ann\ngreet\n");

        // THEN help lists it with its usage
        assertTrue(output.contains("  greet [name]") && output.contains("say hello to someone"), output);
        // AND it runs, with the name and the console's way of naming a command
        assertTrue(output.contains("Hello, Ann! Next try `status`"), output);
        assertTrue(output.contains("Hello, stranger!"), output);
    }

    @Test
    @DisplayName("admin commands are refused to others before they run, and a failure becomes a sentence")
    void rules() {
        // GIVEN a member without rights and an admin
        Requester member = new Requester("1", "g", "c", false);
        Requester admin = new Requester("2", "g", "c", true);
        BrokenCommand broken = new BrokenCommand();
        CommandRegistry registry = new CommandRegistry(List.of(broken));

        // WHEN each runs the broken admin command
        Reply refused = registry.run("break", member, Surface.DISCORD, Arguments.none());
        Reply failed = registry.run("break", admin, Surface.DISCORD, Arguments.none());

        // THEN the member is refused without it running
        assertTrue(refused.failed());
        assertTrue(refused.text().startsWith("You need Manage Server"), refused.text());
        // AND the admin reads a sentence, no exception and no detail
        assertTrue(failed.failed());
        assertEquals(CommandRegistry.FAILED, failed.text());
        assertEquals(1, broken.runs);
    }

    private String type(String input) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new ConsoleApp(registry, new BufferedReader(new StringReader(input)), out, false).run();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("reading only, a command not marked readsOnly answers the refusal and never runs; one that reads runs")
    void readingOnly() {
        // GIVEN the registry beside a bot that owns the file, with greet marked as a read
        BrokenCommand broken = new BrokenCommand();
        GreetCommand greet = new GreetCommand();
        Command reading = new Command() {
            @Override
            public CommandSpec spec() {
                return GreetCommand.SPEC.reading();
            }

            @Override
            public Reply run(Requester who, Surface surface, Arguments arguments) {
                return greet.run(who, surface, arguments);
            }
        };
        CommandRegistry beside = new CommandRegistry(List.of(reading, broken))
                .readingOnly(spec -> "Not here: /instagram " + spec.name() + " in Discord.");

        // WHEN an admin runs the command that changes something, and then the read
        Reply refused = beside.run("break", Requester.console(), Surface.CONSOLE, Arguments.none());
        Reply read = beside.run("greet", Requester.console(), Surface.CONSOLE, Arguments.none());

        // THEN the first is refused with the sentence and did not run; the read answers
        assertTrue(refused.failed());
        assertEquals("Not here: /instagram break in Discord.", refused.text());
        assertEquals(0, broken.runs);
        assertTrue(read.text().startsWith("Hello, stranger!"), read.text());
        // AND the status, latest and history commands are the ones marked as reads
        assertEquals(List.of("status", "latest", "history"), List.of(StatusCommand.SPEC, LatestCommand.SPEC,
                HistoryCommand.SPEC, PollCommand.SPEC, PauseCommand.SPEC, ConnectCommand.SPEC).stream()
                .filter(CommandSpec::readsOnly).map(CommandSpec::name).toList());
    }
}
