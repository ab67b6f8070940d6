package org.instarelay.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.tree.ComponentTree;
import net.dv8tion.jda.api.components.tree.MessageComponentTree;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.SelfMember;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.unions.GuildChannelUnion;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.MessageEditCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.instarelay.commands.AccountName;
import org.instarelay.commands.AuthorizeReply;
import org.instarelay.commands.PostsReply;
import org.instarelay.commands.StatusReply;
import org.instarelay.commands.TextReply;
import org.instarelay.common.Requester;
import org.instarelay.common.Surface;
import org.instarelay.testing.RecordingCommands;
import org.instarelay.testing.RecordingCommands.Call;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

@DisplayName("/instagram interactions reach the command registry and come back as replies")
class InstagramCommandListenerTest {
    private static final String USER = "42";
    private static final String GUILD = "100";
    private static final String CHANNEL = "200";
    private static final String DEFAULT_CHANNEL = "300";
    private static final String ADMIN_ROLE = "777";

    private static final Requester ADMIN = new Requester(USER, GUILD, CHANNEL, true);
    private static final Requester MEMBER = new Requester(USER, GUILD, CHANNEL, false);

    private final RecordingCommands commands = new RecordingCommands();
    private final List<AccountName> stored = new ArrayList<>();
    private final InstagramCommandListener listener = new InstagramCommandListener(commands.registry(), guild -> stored,
            new AdminCheck(ADMIN_ROLE), new ReplyRenderer(Clock.fixed(Fixtures.NOW, ZoneOffset.UTC), DEFAULT_CHANNEL),
            // Slow work runs in the calling thread, so what a test checks has happened when it returns.
            Runnable::run, ServerAccess.homeOnly().withHome(GUILD));

    // What the bot sent back, captured from the JDA boundary.
    private final ReplyCallbackAction replyAction = mock(ReplyCallbackAction.class, RETURNS_SELF);
    private final ReplyCallbackAction deferAction = mock(ReplyCallbackAction.class, RETURNS_SELF);
    @SuppressWarnings("unchecked")
    private final WebhookMessageEditAction<net.dv8tion.jda.api.entities.Message> editAction =
            mock(WebhookMessageEditAction.class, RETURNS_SELF);
    private final InteractionHook hook = mock(InteractionHook.class);
    private final Guild guild = mock(Guild.class);
    private final SelfMember self = mock(SelfMember.class);

    @BeforeEach
    void replies() {
        when(guild.getId()).thenReturn(GUILD);
        when(guild.getSelfMember()).thenReturn(self);
        when(self.hasPermission(any(GuildChannel.class), any(Permission.class))).thenReturn(true);
        when(hook.editOriginal(any(MessageEditData.class))).thenReturn(editAction);
        when(hook.editOriginal(anyString())).thenReturn(editAction);
    }

    @Nested
    @DisplayName("each subcommand runs its command")
    class Mapping {
        @Test
        @DisplayName("status: anyone, answered at once with the status embed, only to the asker")
        void status() {
            // GIVEN a member without rights
            commands.answer("status", new StatusReply(List.of(), null, "No account"));
            SlashCommandInteractionEvent event = slash("status", plainMember(), Map.of());

            // WHEN they run /instagram status
            listener.onSlashCommandInteraction(event);

            // THEN the command gets their ids, not as admin
            assertEquals(new Call("status", MEMBER, Surface.DISCORD, commands.only().arguments()), commands.only());
            // AND the reply is an embed only they see
            MessageCreateData reply = reply(event, true);
            assertEquals("Instagram accounts", reply.getEmbeds().get(0).getTitle());
        }

        @Test
        @DisplayName("latest count:3 account:acme: passes both, posts are shown to the whole channel")
        void latest() {
            // GIVEN one stored post
            commands.answer("latest", new PostsReply(
                    List.of(Fixtures.listed(Fixtures.image("1801", "Hello", "https://cdn.example/1.jpg"))), "…"));
            SlashCommandInteractionEvent event = slash("latest", plainMember(),
                    Map.of("count", longOption(3), "account", stringOption("acme")));

            // WHEN a member asks for the latest posts
            listener.onSlashCommandInteraction(event);

            // THEN the command gets the count and the account
            Call call = commands.only();
            assertEquals(MEMBER, call.who());
            assertEquals(3, call.arguments().integer("count"));
            assertEquals("acme", call.arguments().string("account"));
            // AND the list is not ephemeral
            MessageCreateData reply = reply(event, false);
            assertTrue(reply.getEmbeds().get(0).getDescription().contains(Fixtures.PERMALINK));
        }

        @Test
        @DisplayName("authorize: an admin gets the link as a button and a Paste code button, only for them")
        void authorize() {
            // GIVEN a member with Manage Server, and a link from the core
            commands.answer("authorize", new AuthorizeReply(
                    "https://www.instagram.com/oauth/authorize?client_id=1&state=abc", Fixtures.NOW.plusSeconds(3600), "…"));
            SlashCommandInteractionEvent event = slash("authorize", manageServerMember(), Map.of());

            // WHEN they run /instagram authorize
            listener.onSlashCommandInteraction(event);

            // THEN the link is made for them (user, server and channel ids travel along)
            assertEquals(new Call("authorize", ADMIN, Surface.DISCORD, commands.only().arguments()), commands.only());
            MessageCreateData reply = reply(event, true);
            List<Button> buttons = MessageComponentTree.of(reply.getComponents()).findAll(Button.class);
            assertEquals("Open Instagram", buttons.get(0).getLabel());
            assertEquals("https://www.instagram.com/oauth/authorize?client_id=1&state=abc", buttons.get(0).getUrl());
            assertEquals("Paste code", buttons.get(1).getLabel());
            assertEquals(ComponentIds.PASTE_CODE, buttons.get(1).getCustomId());
            assertTrue(reply.getContent().contains("in 60 minutes"), reply.getContent());
        }

        @Test
        @DisplayName("connect code:…: deferred ephemerally first, then the answer edits the deferred reply")
        void connect() {
            // GIVEN a member holding the admin role (no Manage Server)
            SlashCommandInteractionEvent event = slash("connect", adminRoleMember(), Map.of("code", stringOption(" AQBx#_ ")));
            commands.answer("connect", TextReply.ok("Connected @acme. New posts will be posted in <#300> from now on."));

            // WHEN they paste the code
            listener.onSlashCommandInteraction(event);

            // THEN the interaction is acknowledged before Instagram is called, and answered through the hook
            InOrder order = inOrder(event, hook);
            order.verify(event).deferReply(true);
            order.verify(hook).editOriginal(edited.capture());
            Call call = commands.only();
            assertEquals(ADMIN, call.who());
            assertEquals("AQBx#_", call.arguments().string("code"));
            assertEquals("Connected @acme. New posts will be posted in <#300> from now on.", edited.getValue().getContent());
            verify(event, never()).reply(any(MessageCreateData.class));
        }

        @Test
        @DisplayName("poll: deferred ephemerally, then answered")
        void poll() {
            // GIVEN an admin
            SlashCommandInteractionEvent event = slash("poll", manageServerMember(), Map.of());
            commands.answer("poll", TextReply.ok("Polled: 2 new posts, 2 posted."));

            // WHEN they poll now
            listener.onSlashCommandInteraction(event);

            // THEN deferred, polled, answered
            InOrder order = inOrder(event, hook);
            order.verify(event).deferReply(true);
            order.verify(hook).editOriginal(edited.capture());
            assertEquals(new Call("poll", ADMIN, Surface.DISCORD, commands.only().arguments()), commands.only());
            assertEquals("Polled: 2 new posts, 2 posted.", edited.getValue().getContent());
        }

        @Test
        @DisplayName("channel channel:#photos account:acme: the channel id and its mention go to the command")
        void channel() {
            // GIVEN an admin choosing #photos
            GuildChannelUnion photos = channelOption("555");
            OptionMapping option = mock(OptionMapping.class);
            when(option.getAsChannel()).thenReturn(photos);
            SlashCommandInteractionEvent event = slash("channel", manageServerMember(),
                    Map.of("channel", option, "account", stringOption("acme")));

            // WHEN they run it
            listener.onSlashCommandInteraction(event);

            // THEN
            assertChannelCall("acme");
            assertEquals("done", reply(event, true).getContent());
        }

        @Test
        @DisplayName("subscribe with a role that cannot be pinged: stored, and the admin is told how to make the ping work")
        void subscribeWithUnpingableRole() {
            // GIVEN a role that is not mentionable, and a bot without Mention Everyone
            Role video = mock(Role.class);
            when(video.getId()).thenReturn("777");
            when(video.getName()).thenReturn("Video");
            when(video.getGuild()).thenReturn(guild);
            when(video.isMentionable()).thenReturn(false);
            when(self.hasPermission(Permission.MESSAGE_MENTION_EVERYONE)).thenReturn(false);
            OptionMapping role = mock(OptionMapping.class);
            when(role.getAsRole()).thenReturn(video);
            OptionMapping channel = mock(OptionMapping.class);
            GuildChannelUnion photos = channelOption("555");
            when(channel.getAsChannel()).thenReturn(photos);
            SlashCommandInteractionEvent event = slash("subscribe", manageServerMember(),
                    Map.of("channel", channel, "mention", role, "kinds", stringOption("reels")));

            // WHEN the admin subscribes the channel with that ping
            listener.onSlashCommandInteraction(event);

            // THEN the command got the role by id and name, and the reply says why the ping will not work
            Call call = commands.only();
            assertEquals("777", call.arguments().role("mention").id());
            assertEquals("@Video", call.arguments().role("mention").words());
            assertEquals("reels", call.arguments().string("kinds"));
            String text = reply(event, true).getContent();
            assertTrue(text.startsWith("done\n"), text);
            assertTrue(text.contains("Posts will not ping @Video") && text.contains("Mention Everyone"), text);
        }

        @Test
        @DisplayName("a crafted interaction naming another server's channel is refused before any command runs")
        void foreignChannelRefused() {
            // GIVEN a channel of another server
            Guild elsewhere = mock(Guild.class);
            when(elsewhere.getId()).thenReturn("999");
            GuildChannelUnion theirs = channelOption("556");
            when(theirs.getGuild()).thenReturn(elsewhere);
            OptionMapping option = mock(OptionMapping.class);
            when(option.getAsChannel()).thenReturn(theirs);
            SlashCommandInteractionEvent event = slash("subscribe", manageServerMember(), Map.of("channel", option));

            // WHEN it is sent
            listener.onSlashCommandInteraction(event);

            // THEN nothing ran, and the asker is told to pick one of this server
            assertEquals(List.of(), commands.calls());
            assertEquals("Choose a channel of this server.", reply(event, true).getContent());
        }

        @Test
        @DisplayName("channel: when the bot may not post there, the admin is told which permission to add")
        void channelWithoutPermission() {
            // GIVEN a channel where the bot lacks Attach Files
            GuildChannelUnion photos = channelOption("555");
            when(self.hasPermission(photos, Permission.MESSAGE_ATTACH_FILES)).thenReturn(false);
            OptionMapping option = mock(OptionMapping.class);
            when(option.getAsChannel()).thenReturn(photos);
            SlashCommandInteractionEvent event = slash("channel", manageServerMember(), Map.of("channel", option));

            // WHEN the admin chooses it
            listener.onSlashCommandInteraction(event);

            // THEN it is stored, with a warning naming the permission
            assertChannelCall(null);
            String text = reply(event, true).getContent();
            assertTrue(text.startsWith("done\n"), text);
            assertTrue(text.contains("lacks Attach Files in <#555>"), text);
        }

        @Test
        @DisplayName("pause and resume pass the account")
        void pauseResume() {
            SlashCommandInteractionEvent pause = slash("pause", manageServerMember(), Map.of("account", stringOption("@acme")));
            listener.onSlashCommandInteraction(pause);
            assertEquals("@acme", commands.only().arguments().string("account"));

            SlashCommandInteractionEvent resume = slash("resume", manageServerMember(), Map.of());
            listener.onSlashCommandInteraction(resume);
            Call resumed = commands.calls().get(1);
            assertEquals("resume", resumed.command());
            assertEquals(null, resumed.arguments().string("account"));
        }
    }

    @Nested
    @DisplayName("disconnect asks first")
    class Disconnect {
        @Test
        @DisplayName("the command only shows a danger button naming the account, and Cancel")
        void confirm() {
            // GIVEN one connected account and an admin
            stored.add(new AccountName("acme", true));
            SlashCommandInteractionEvent event = slash("disconnect", manageServerMember(), Map.of());

            // WHEN they run /instagram disconnect
            listener.onSlashCommandInteraction(event);

            // THEN nothing is disconnected yet
            assertTrue(commands.calls().isEmpty());
            // AND they alone see the question with the two buttons
            List<Button> buttons = MessageComponentTree.of(reply(event, true).getComponents()).findAll(Button.class);
            assertEquals("Disconnect @acme", buttons.get(0).getLabel());
            assertEquals(ButtonStyle.DANGER, buttons.get(0).getStyle());
            assertEquals(ComponentIds.confirm("disconnect", "acme"), buttons.get(0).getCustomId());
            assertEquals("Cancel", buttons.get(1).getLabel());
        }

        @Test
        @DisplayName("the click disconnects the account named on the button, and the question is replaced")
        void click() {
            // GIVEN the confirm button for @acme
            ButtonInteractionEvent click = button(ComponentIds.confirm("disconnect", "acme"), manageServerMember());
            MessageEditCallbackAction edit = mock(MessageEditCallbackAction.class, RETURNS_SELF);
            when(click.editMessage(any(MessageEditData.class))).thenReturn(edit);
            commands.answer("disconnect", TextReply.ok("Disconnected @acme."));

            // WHEN it is clicked
            listener.onButtonInteraction(click);

            // THEN the core disconnects that account, for that admin
            Call call = commands.only();
            assertEquals(new Call("disconnect", ADMIN, Surface.DISCORD, call.arguments()), call);
            assertEquals("acme", call.arguments().string("account"));
            // AND the message now says so, without buttons
            ArgumentCaptor<MessageEditData> data = ArgumentCaptor.forClass(MessageEditData.class);
            verify(click).editMessage(data.capture());
            assertEquals("Disconnected @acme.", data.getValue().getContent());
            assertTrue(data.getValue().getComponents().isEmpty());
        }

        @Test
        @DisplayName("Cancel changes nothing")
        void cancel() {
            ButtonInteractionEvent click = button(ComponentIds.CANCEL, manageServerMember());
            MessageEditCallbackAction edit = mock(MessageEditCallbackAction.class, RETURNS_SELF);
            when(click.editMessage(any(MessageEditData.class))).thenReturn(edit);

            listener.onButtonInteraction(click);

            assertTrue(commands.calls().isEmpty());
            ArgumentCaptor<MessageEditData> data = ArgumentCaptor.forClass(MessageEditData.class);
            verify(click).editMessage(data.capture());
            assertEquals("Nothing was changed.", data.getValue().getContent());
        }

        @Test
        @DisplayName("a member without rights gets the refusal, not a button")
        void refusedWithoutButton() {
            // GIVEN the registry (its admin check), and a plain member
            SlashCommandInteractionEvent event = slash("disconnect", plainMember(), Map.of("account", stringOption("acme")));

            // WHEN they try to disconnect
            listener.onSlashCommandInteraction(event);

            // THEN they alone read the refusal, and there is nothing to click
            MessageCreateData reply = reply(event, true);
            assertTrue(reply.getContent().startsWith("You need Manage Server"), reply.getContent());
            assertTrue(reply.getComponents().isEmpty());
            assertTrue(commands.calls().isEmpty());
        }
    }

    @Nested
    @DisplayName("the Paste code way in")
    class PasteCode {
        @Test
        @DisplayName("the button opens a modal with one text input 'code' (the modal is the acknowledgement)")
        void opensModal() {
            // GIVEN the Paste code button
            ButtonInteractionEvent click = button(ComponentIds.PASTE_CODE, manageServerMember());
            ModalCallbackAction modalAction = mock(ModalCallbackAction.class, RETURNS_SELF);
            when(click.replyModal(any())).thenReturn(modalAction);

            // WHEN clicked
            listener.onButtonInteraction(click);

            // THEN a modal opens, and nothing was deferred or replied before it
            ArgumentCaptor<Modal> modal = ArgumentCaptor.forClass(Modal.class);
            verify(click).replyModal(modal.capture());
            verify(click, never()).deferReply(anyBoolean());
            verify(click, never()).deferEdit();
            assertEquals(ComponentIds.CONNECT_MODAL, modal.getValue().getId());
            List<TextInput> inputs = ComponentTree.forModal(modal.getValue().getComponents()).findAll(TextInput.class);
            assertEquals(List.of("code"), inputs.stream().map(TextInput::getCustomId).toList());
        }

        @Test
        @DisplayName("submitting it connects, deferred like the slash command")
        void submit() {
            // GIVEN the filled-in modal
            ModalInteractionEvent submit = mock(ModalInteractionEvent.class);
            identify(submit, adminRoleMember());
            when(submit.getModalId()).thenReturn(ComponentIds.CONNECT_MODAL);
            ModalMapping value = mock(ModalMapping.class);
            when(value.getAsString()).thenReturn("https://example.org/cb?code=AQBx#_");
            when(submit.getValue("code")).thenReturn(value);
            when(submit.deferReply(true)).thenReturn(deferAction);
            when(submit.getHook()).thenReturn(hook);

            // WHEN it arrives
            listener.onModalInteraction(submit);

            // THEN
            InOrder order = inOrder(submit, hook);
            order.verify(submit).deferReply(true);
            order.verify(hook).editOriginal(any(MessageEditData.class));
            Call call = commands.only();
            assertEquals(new Call("connect", ADMIN, Surface.DISCORD, call.arguments()), call);
            assertEquals("https://example.org/cb?code=AQBx#_", call.arguments().string("code"));
        }
    }

    @Nested
    @DisplayName("refusals and failures")
    class Refusals {
        @Test
        @DisplayName("a member without Manage Server who runs poll reads the refusal, only they see it, nothing is polled")
        void pollRefused() throws Exception {
            // GIVEN the registry with its admin check, and a plain member
            SlashCommandInteractionEvent event = slash("poll", plainMember(), Map.of());

            // WHEN they run /instagram poll
            listener.onSlashCommandInteraction(event);

            // THEN the deferred (ephemeral) reply becomes the refusal
            verify(event).deferReply(true);
            verify(hook).editOriginal(edited.capture());
            assertTrue(edited.getValue().getContent().startsWith("You need Manage Server"), edited.getValue().getContent());
            assertTrue(commands.calls().isEmpty());
        }

        @Test
        @DisplayName("a refused pause is ephemeral too")
        void pauseRefused() {
            SlashCommandInteractionEvent event = slash("pause", plainMember(), Map.of());

            listener.onSlashCommandInteraction(event);

            assertTrue(reply(event, true).getContent().startsWith("You need Manage Server"));
        }

        @Test
        @DisplayName("an unexpected exception becomes a short ephemeral sentence, no stack trace")
        void unexpected() {
            // GIVEN a core that blows up
            commands.fail("status", new IllegalStateException("db is gone at org.instarelay.Foo"));
            SlashCommandInteractionEvent event = slash("status", plainMember(), Map.of());

            // WHEN status is asked for
            listener.onSlashCommandInteraction(event);

            // THEN
            String text = reply(event, true).getContent();
            assertEquals(Responder.FAILED, text);
            assertFalse(text.contains("Exception"));
        }

        @Test
        @DisplayName("a failure after deferring edits the deferred reply")
        void unexpectedAfterDefer() {
            commands.fail("poll", new IllegalStateException("boom"));
            SlashCommandInteractionEvent event = slash("poll", manageServerMember(), Map.of());

            listener.onSlashCommandInteraction(event);

            verify(hook).editOriginal(edited.capture());
            assertEquals(Responder.FAILED, edited.getValue().getContent());
        }
    }

    @Test
    @DisplayName("autocomplete offers the stored usernames that contain what was typed")
    void autocomplete() {
        // GIVEN three stored accounts
        stored.add(new AccountName("acme", true));
        stored.add(new AccountName("acme_shop", false));
        stored.add(new AccountName("bakery", true));
        CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
        when(event.getName()).thenReturn("instagram");
        OptionMapping typed = mock(OptionMapping.class);
        when(typed.getName()).thenReturn("account");
        when(typed.getAsString()).thenReturn("@AC");
        when(typed.getType()).thenReturn(net.dv8tion.jda.api.interactions.commands.OptionType.STRING);
        AutoCompleteQuery query = new AutoCompleteQuery(typed);
        when(event.getFocusedOption()).thenReturn(query);
        AutoCompleteCallbackAction action = mock(AutoCompleteCallbackAction.class, RETURNS_SELF);
        when(event.replyChoices(anyCollection())).thenReturn(action);

        // WHEN someone types "@AC" into account
        listener.onCommandAutoCompleteInteraction(event);

        // THEN both acme accounts are offered, bakery not
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Collection<Command.Choice>> choices = ArgumentCaptor.forClass(Collection.class);
        verify(event).replyChoices(choices.capture());
        assertEquals(List.of("acme", "acme_shop"), choices.getValue().stream().map(Command.Choice::getAsString).toList());
    }

    @Nested
    @DisplayName("who counts as admin")
    class Admins {
        @Test
        @DisplayName("Manage Server, or the discord.admin-role; nobody else")
        void adminFlag() {
            AdminCheck check = new AdminCheck(ADMIN_ROLE);
            assertTrue(check.isAdmin(manageServerMember()));
            assertTrue(check.isAdmin(adminRoleMember()));
            assertFalse(check.isAdmin(plainMember()));
            assertFalse(check.isAdmin(null));
            // without a configured role, the role grants nothing
            assertFalse(new AdminCheck(null).isAdmin(adminRoleMember()));
            assertFalse(new AdminCheck(" ").isAdmin(adminRoleMember()));
        }
    }

    // ---- the JDA boundary ----

    private final ArgumentCaptor<MessageEditData> edited = ArgumentCaptor.forClass(MessageEditData.class);

    private SlashCommandInteractionEvent slash(String subcommand, Member member, Map<String, OptionMapping> options) {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        identify(event, member);
        when(event.getName()).thenReturn("instagram");
        when(event.getSubcommandName()).thenReturn(subcommand);
        Map<String, OptionMapping> all = new HashMap<>(options);
        when(event.getOption(anyString())).thenAnswer(call -> all.get(call.<String>getArgument(0)));
        when(event.reply(any(MessageCreateData.class))).thenReturn(replyAction);
        when(event.deferReply(true)).thenReturn(deferAction);
        when(event.getHook()).thenReturn(hook);
        return event;
    }

    private ButtonInteractionEvent button(String id, Member member) {
        ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
        identify(event, member);
        when(event.getComponentId()).thenReturn(id);
        return event;
    }

    private void identify(net.dv8tion.jda.api.interactions.Interaction event, Member member) {
        User user = mock(User.class);
        when(user.getId()).thenReturn(USER);
        when(event.getUser()).thenReturn(user);
        when(event.getMember()).thenReturn(member);
        when(event.getGuild()).thenReturn(guild);
        when(event.getChannelId()).thenReturn(CHANNEL);
    }

    /** The reply's data, after checking it was sent with the given ephemeral flag. */
    private MessageCreateData reply(SlashCommandInteractionEvent event, boolean ephemeral) {
        ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(event).reply(data.capture());
        verify(replyAction).setEphemeral(ephemeral);
        verify(event, never()).deferReply(anyBoolean());
        return data.getValue();
    }

    private static Member plainMember() {
        Member member = mock(Member.class);
        Role other = mock(Role.class);
        when(other.getId()).thenReturn("999");
        when(member.getRoles()).thenReturn(List.of(other));
        return member;
    }

    private static Member manageServerMember() {
        Member member = plainMember();
        when(member.hasPermission(Permission.MANAGE_SERVER)).thenReturn(true);
        return member;
    }

    private static Member adminRoleMember() {
        Member member = mock(Member.class);
        Role admin = mock(Role.class);
        when(admin.getId()).thenReturn(ADMIN_ROLE);
        when(member.getRoles()).thenReturn(List.of(admin));
        return member;
    }

    private static OptionMapping stringOption(String value) {
        OptionMapping option = mock(OptionMapping.class);
        when(option.getAsString()).thenReturn(value);
        return option;
    }

    private static OptionMapping longOption(long value) {
        OptionMapping option = mock(OptionMapping.class);
        when(option.getAsLong()).thenReturn(value);
        when(option.getAsString()).thenReturn(Long.toString(value));
        return option;
    }

    /** A channel of the server the interactions come from. */
    private GuildChannelUnion channelOption(String id) {
        GuildChannelUnion channel = mock(GuildChannelUnion.class);
        when(channel.getGuild()).thenReturn(guild);
        when(channel.getId()).thenReturn(id);
        when(channel.getAsMention()).thenReturn("<#" + id + ">");
        return channel;
    }

    private void assertChannelCall(String account) {
        Call call = commands.only();
        assertEquals(new Call("channel", ADMIN, Surface.DISCORD, call.arguments()), call);
        assertEquals("555", call.arguments().channel("channel").id());
        assertEquals("<#555>", call.arguments().channel("channel").words());
        assertEquals(account, call.arguments().string("account"));
    }
}
