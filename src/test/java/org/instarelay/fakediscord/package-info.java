/**
 * A fake Discord (REST + gateway on 127.0.0.1) for end-to-end tests of the bot with the real JDA.
 *
 * <h2>Using it</h2>
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.start()) {               // or FakeDiscord.builder()...start()
 *     JDA jda = JdaTestSupport.start(discord, myListener);        // createLight, fake URLs, waits for ready
 *     SentInteraction i = discord.sendSlashCommand(
 *             SlashCommand.of("instagram").subcommand("connect").option("code", "AQB").by(FakeDiscordConfig.ADMIN));
 *     RecordedRequest ack = discord.awaitRequest(i.callback(), Duration.ofSeconds(5));
 *     RecordedRequest edit = discord.awaitRequest(i.originalEdit(), Duration.ofSeconds(5));
 *     List<JsonNode> posts = discord.messagesIn(FakeDiscordConfig.CHANNEL_ID);
 *     JdaTestSupport.shutdown(jda);                               // before the fake closes
 * }
 * }</pre>
 * The bot's own wiring does what {@link org.instarelay.fakediscord.JdaTestSupport#builder(String, String, String)}
 * does with {@code discord.rest-url} and {@code discord.gateway-url}.
 *
 * <h2>What JDA 6.3.1 does against it (observed in FakeDiscordTest)</h2>
 * <ul>
 *   <li>IDENTIFY carries {@code intents: 1}: GUILDS is always on, even with
 *       {@code createLight(token, EnumSet.noneOf(GatewayIntent.class))}.</li>
 *   <li>Every interaction callback is {@code POST interactions/{id}/{token}/callback?with_response=true};
 *       JDA accepts 204 or JSON and only reads {@code resource.message} from the JSON.</li>
 *   <li>Hook edits are {@code PATCH webhooks/{application id}/{token}/messages/%40original?wait=true},
 *       followups {@code POST webhooks/{application id}/{token}?wait=true}. The application id
 *       comes from READY's {@code application.id}.</li>
 *   <li>5xx: 500 is not retried (ErrorResponseException at once). 502, 503, 504, 520-524 and 529
 *       are retried inside the Requester: up to 4 attempts with 0.5, 1 and 2 s between them (per
 *       the source it also sleeps 4 s after a fourth failure before giving up, 7.5 s in all).</li>
 *   <li>429: retried after max({@code Retry-After} header, ceil(body {@code retry_after})) whole
 *       seconds, so a 0.05 s limit costs 1 s. The header must be an integer. Without a {@code Via}
 *       header JDA treats the 429 as a Cloudflare ban for all routes.</li>
 *   <li>403/404 answers surface as {@code ErrorResponseException} with the matching
 *       {@code ErrorResponse} (MISSING_PERMISSIONS, UNKNOWN_CHANNEL...).</li>
 *   <li>A bad token: {@code GET users/@me} gets 401 and {@code build()} throws
 *       {@code InvalidTokenException} within milliseconds.</li>
 *   <li>Channel posts carry a nonce with {@code enforce_nonce: true} (JDA makes one up when the
 *       caller sets none), and a 502 is sent again with the same body.</li>
 * </ul>
 *
 * <h2>Faults beyond a status code</h2>
 * <ul>
 *   <li>{@code carryOutButFailNext}: the request is carried out (the message exists) but answered
 *       with an error: the "maybe sent" case of a lost answer or a crash before recording.</li>
 *   <li>{@code enforce_nonce} is honoured as Discord does for a few minutes: a repeat returns the
 *       first message. {@code forgetNonces()} is those minutes passing.</li>
 *   <li>{@code updateRole} dispatches GUILD_ROLE_UPDATE, so JDA's local permission checks change,
 *       and the REST side checks channel posts against the bot's permissions in the channel's
 *       server (403 Missing Permissions without View Channel and Send Messages, or without Attach
 *       Files for files).</li>
 *   <li>{@code deleteChannel} / {@code deleteChannelAndNotify}: 404 Unknown Channel, with or
 *       without CHANNEL_DELETE.</li>
 *   <li>{@code heldSends()}: channel posts taken but not stored until {@code release()}, as
 *       Discord still processing them (a bot killed meanwhile; see {@code HeldSends}).</li>
 *   <li>{@code GET channels/{id}/messages} pages as Discord does ({@code limit} 1-100, newest
 *       first, {@code after=} the oldest after the marker), 403 without View Channel and an empty
 *       page without Read Message History; {@code seedBotMessages} fills a channel. The rules and
 *       their sources are in REST_RULES.md in this folder.</li>
 * </ul>
 *
 * <h2>Message rules</h2>
 * Every message the fake receives (channel posts and edits, interaction replies, followups, hook
 * edits) is checked by {@code MessageRules} as Discord would: the classic limits (content,
 * embeds, files, action rows, buttons, allowed mentions), Components V2 (flag 32768: no content
 * or embeds, 40 components in the tree, 4,000 characters of text, galleries of 1 to 10 items,
 * every {@code attachment://} uploaded and every upload shown, the flag kept through edits), the
 * 10 MiB upload limit (413) and empty messages (50006). A breach is a 400 Invalid Form Body
 * (50035) and nothing is stored. {@link org.instarelay.fakediscord.FakeDiscord#postsIn} reads
 * stored posts as {@link org.instarelay.fakediscord.PostedMessage}s; COMPONENTS_V2.md in this
 * folder lists the rules and what JDA 6.3.1 itself checks.
 *
 * <h2>Several servers</h2>
 * The default is one server. {@code FakeDiscord.builder().server(FakeDiscordConfig.serverB())}
 * adds server B (channels, roles "B Admins" and mentionable "Video", people {@code SERVER_B_ADMIN}
 * and {@code SERVER_B_MEMBER}); {@code FakeGuild.builder(id, name)...withoutBot()} a stranger's
 * server the bot is not in. READY lists every server the bot is in, each followed by its
 * GUILD_CREATE. What the fake enforces, as Discord does:
 * <ul>
 *   <li>Commands are kept per scope (global, each server) and never touch each other:
 *       {@code PUT/GET/POST applications/{app}/commands}, {@code DELETE .../commands/{id}} and the
 *       {@code guilds/{gid}} equivalents; a bulk overwrite keeps the id of a command it names
 *       again; a server without the bot answers 403 Missing Access (50001). Tests read
 *       {@code registeredCommandNames(guildIdOrNull)} and plant an earlier run's leftovers with
 *       {@code seedCommands(guildIdOrNull, names...)} before JDA starts.</li>
 *   <li>Channels of a server without the bot answer 403 Missing Access (50001).</li>
 *   <li>An interaction comes from the server of its channel ({@code SlashCommand.in(channel)}),
 *       by a member of that server ({@code .by(member)}); a channel option naming another
 *       server's channel, a non-member or a server without the bot is an IllegalArgumentException,
 *       since Discord would never send it. String options carry anything (crafted values).</li>
 *   <li>{@code mention_roles} of a message lists the roles it pinged in its channel's server:
 *       mentioned as {@code <@&id>} in content or a Text Display, let through by
 *       {@code allowed_mentions}, and mentionable or the bot holding Mention Everyone there.
 *       {@code mentions} and {@code mention_everyone} follow {@code allowed_mentions} too (see
 *       {@code Mentions}). {@code allowedMentions(messageId)} returns what the bot sent;
 *       {@code FakeDiscord.mentionRoles(message)} and {@code PostedMessage#pingedRoles} the ids
 *       pinged. Contradictory {@code allowed_mentions} get 400 Invalid Form Body (50035).</li>
 *   <li>{@code updateRole(guildId, role)}, {@code addBotToServer(id)} and
 *       {@code removeBotFromServer(id)} change the servers while the bot runs (GUILD_ROLE_UPDATE,
 *       GUILD_CREATE, GUILD_DELETE), and the REST rules follow.</li>
 * </ul>
 *
 * <h2>Direct messages</h2>
 * As Discord gives them to a bot (see {@code DirectChannels}; checked with JDA in
 * {@code FakeDiscordDirectMessagesTest}):
 * <ul>
 *   <li>{@code POST users/@me/channels {recipient_id}} answers the DM channel with that user:
 *       {@code type 1}, {@code recipients: [user]}, the same channel id every time. An id that is
 *       nobody (no member of any configured server, the bot's or not) is 404 Unknown User (10013);
 *       a missing or malformed one 400 Invalid Form Body (50035). JDA calls it from
 *       {@code openPrivateChannelById} only when the user's DM channel is not cached yet.</li>
 *   <li>{@code POST channels/{dm}/messages} goes through the message rules and is kept without a
 *       {@code guild_id}; {@code directMessagesTo(userId)} reads them, oldest first. The send (not
 *       the opening) is 400 Cannot send messages to this user (50007) when the user closed DMs
 *       ({@code closeDirectMessages(userId, true)}, the "Allow direct messages from server
 *       members" switch), shares no server with the bot, or is a bot; nothing is kept then.</li>
 *   <li>Faults ({@code failNext}) apply to both routes as to any other. Other requests on a DM
 *       channel (history, edits) are not modelled and answer 404 Unknown Channel.</li>
 * </ul>
 * The end-to-end tests of the bot built on all this are in {@code org.instarelay.e2e}.
 */
package org.instarelay.fakediscord;
