package org.instarelay.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Message rules checked with raw REST bodies, for the breaches JDA already stops before sending
 * (so only a hand-made body reaches the fake), each with the body just inside the limit.
 */
@DisplayName("Fake Discord: message limits on raw REST bodies")
class MessageRulesRestTest {
    private static final String MESSAGES = "channels/" + FakeDiscordConfig.CHANNEL_ID + "/messages";

    private final HttpClient http = HttpClient.newHttpClient();
    private FakeDiscord discord;

    @BeforeEach
    void start() {
        discord = FakeDiscord.start();
    }

    @AfterEach
    void stop() {
        discord.close();
    }

    // ---- bodies -------------------------------------------------------------------------------

    private static ObjectNode v2(JsonNode... components) {
        ObjectNode payload = DiscordJson.object();
        payload.put("flags", MessageStore.IS_COMPONENTS_V2);
        ArrayNode list = payload.putArray("components");
        for (JsonNode c : components) {
            list.add(c);
        }
        return payload;
    }

    private static ObjectNode component(int type) {
        ObjectNode c = DiscordJson.object();
        c.put("type", type);
        return c;
    }

    private static ObjectNode text(String content) {
        return component(10).put("content", content);
    }

    private static ObjectNode container(JsonNode... children) {
        ObjectNode c = component(17);
        ArrayNode list = c.putArray("components");
        for (JsonNode child : children) {
            list.add(child);
        }
        return c;
    }

    private static ObjectNode linkButton(String label) {
        return component(2).put("style", 5).put("label", label).put("url", "https://example.com/" + label);
    }

    private static ObjectNode row(JsonNode... buttons) {
        ObjectNode r = component(1);
        ArrayNode list = r.putArray("components");
        for (JsonNode b : buttons) {
            list.add(b);
        }
        return r;
    }

    /** A gallery of {@code count} outside pictures, each with a description of {@code alt} characters. */
    private static ObjectNode gallery(int count, int alt) {
        ObjectNode g = component(12);
        ArrayNode items = g.putArray("items");
        for (int i = 0; i < count; i++) {
            ObjectNode item = items.addObject();
            item.putObject("media").put("url", "https://example.com/p" + i + ".jpg");
            if (alt > 0) {
                item.put("description", "d".repeat(alt));
            }
        }
        return g;
    }

    /** {@code base} with {@code count} items in its array {@code key}. */
    private static ObjectNode repeated(ObjectNode base, String key, int count, IntFunction<JsonNode> item) {
        for (int i = 0; i < count; i++) {
            base.withArray(key).add(item.apply(i));
        }
        return base;
    }

    private static ObjectNode[] texts(int count) {
        ObjectNode[] texts = new ObjectNode[count];
        for (int i = 0; i < count; i++) {
            texts[i] = text("t" + i);
        }
        return texts;
    }

    // ---- sending ------------------------------------------------------------------------------

    private HttpResponse<String> send(String method, String path, JsonNode payload) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(discord.restUrl() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(DiscordJson.write(payload)))
                .header("Authorization", "Bot " + discord.token())
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(JsonNode payload) throws IOException, InterruptedException {
        return send("POST", MESSAGES, payload);
    }

    /** Multipart as JDA sends it: payload_json, then files[n] described by attachments[id = n]. */
    private HttpResponse<String> postWithFiles(ObjectNode payload, String... filenames)
            throws IOException, InterruptedException {
        ArrayNode attachments = payload.putArray("attachments");
        for (int i = 0; i < filenames.length; i++) {
            attachments.addObject().put("id", i).put("filename", filenames[i]);
        }
        String boundary = "rules-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + DiscordJson.write(payload) + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < filenames.length; i++) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files[" + i + "]\"; filename=\""
                    + filenames[i] + "\"\r\nContent-Type: image/jpeg\r\n\r\npicture" + i + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(discord.restUrl() + MESSAGES))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Authorization", "Bot " + discord.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Asserts Discord's Invalid Form Body answer with an error at {@code path}, and nothing stored. */
    private void assertRefusedAt(HttpResponse<String> response, String path) {
        assertEquals(400, response.statusCode(), response.body());
        JsonNode body = DiscordJson.parse(response.body());
        assertEquals(50035, body.path("code").asInt());
        assertEquals("Invalid Form Body", body.path("message").asText());
        JsonNode node = body.path("errors");
        for (String key : path.split("\\.")) {
            node = node.path(key);
        }
        assertTrue(node.path("_errors").isArray() && node.path("_errors").size() > 0,
                "expected an error at " + path + " in " + response.body());
        assertTrue(discord.messagesIn(FakeDiscordConfig.CHANNEL_ID).isEmpty(), "nothing posted");
    }

    /** Refused with an error at {@code path}; taken once the last item of {@code array} is gone. */
    private void assertOneTooMany(ObjectNode body, String array, String path) throws IOException, InterruptedException {
        assertRefusedAt(post(body), path);
        ArrayNode items = (ArrayNode) body.get(array);
        items.remove(items.size() - 1);
        assertAccepted(post(body));
    }

    private static void assertAccepted(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
    }

    // ---- Components V2 ------------------------------------------------------------------------

    @Test
    @DisplayName("with the V2 flag, content is refused; the same components without content are taken")
    void contentIsRefusedWithTheFlag() throws Exception {
        // GIVEN / WHEN
        HttpResponse<String> withContent = post(v2(text("hi")).put("content", "hello"));

        // THEN
        assertRefusedAt(withContent, "content");
        assertAccepted(post(v2(text("hi"))));
    }

    @Test
    @DisplayName("with the V2 flag, embeds are refused")
    void embedsAreRefusedWithTheFlag() throws Exception {
        // GIVEN
        ObjectNode payload = v2(text("hi"));
        payload.putArray("embeds").addObject().put("description", "old style");

        // WHEN / THEN
        assertRefusedAt(post(payload), "embeds");
        assertAccepted(post(v2(text("hi")).set("embeds", DiscordJson.array())));
    }

    @Test
    @DisplayName("a V2 message without components is refused")
    void aV2MessageNeedsComponents() throws Exception {
        // WHEN a V2 body with an empty component list is sent, THEN it is refused
        assertRefusedAt(post(v2()), "components");
    }

    @Test
    @DisplayName("41 components counted through container, rows and buttons are refused; 40 are taken")
    void nestedComponentsCountTowardsForty() throws Exception {
        // GIVEN a container (1) of 13 rows (13) of 2 buttons (26): 40; and the same with one more text
        ObjectNode[] rows = new ObjectNode[13];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = row(linkButton("a" + i), linkButton("b" + i));
        }
        ObjectNode[] rowsAndText = java.util.Arrays.copyOf(rows, 14);
        rowsAndText[13] = text("the 41st");

        // WHEN / THEN
        assertRefusedAt(post(v2(container(rowsAndText))), "components");
        assertAccepted(post(v2(container(rows))));
    }

    @Test
    @DisplayName("a section's accessory counts as a component")
    void sectionAccessoriesCount() throws Exception {
        // GIVEN 12 sections of one text and a button (3 each = 36), in a container (37), plus 4 texts = 41
        ObjectNode[] children = new ObjectNode[16];
        for (int i = 0; i < 12; i++) {
            ObjectNode section = component(9);
            section.putArray("components").add(text("s" + i));
            section.set("accessory", linkButton("x" + i));
            children[i] = section;
        }
        System.arraycopy(texts(4), 0, children, 12, 4);

        // WHEN / THEN 41 is refused, 40 (one text fewer) is taken
        assertRefusedAt(post(v2(container(children))), "components");
        assertAccepted(post(v2(container(java.util.Arrays.copyOf(children, 15)))));
    }

    @Test
    @DisplayName("a gallery counts once however many items it holds")
    void aGalleryCountsOnce() throws Exception {
        // GIVEN a container (1), a gallery of 10 (1) and 38 texts: 40
        ObjectNode[] children = new ObjectNode[39];
        children[0] = gallery(10, 0);
        System.arraycopy(texts(38), 0, children, 1, 38);

        // WHEN / THEN
        assertAccepted(post(v2(container(children))));
    }

    @Test
    @DisplayName("4,000 characters of text in all are taken, 4,001 spread over two text displays are refused")
    void textIsLimitedInAll() throws Exception {
        // WHEN the body over the limit and the one at it are sent, THEN the first is refused, the second taken
        assertRefusedAt(post(v2(text("a".repeat(2000)), container(text("b".repeat(2001))))), "components");
        assertAccepted(post(v2(text("a".repeat(2000)), container(text("b".repeat(2000))))));
    }

    @Test
    @DisplayName("text is counted in characters: 4,000 emoji are taken (JDA counts UTF-16 units and would refuse)")
    void textIsCountedInCodePoints() throws Exception {
        // WHEN 4,000 emoji (8,000 UTF-16 units) are sent, THEN they are taken
        assertAccepted(post(v2(text("\uD83D\uDE00".repeat(4000)))));
    }

    @Test
    @DisplayName("an empty text display is refused")
    void anEmptyTextDisplayIsRefused() throws Exception {
        // WHEN an empty text display and a one-character one are sent, THEN the first is refused, the second taken
        assertRefusedAt(post(v2(text(""))), "components.0.content");
        assertAccepted(post(v2(text("."))));
    }

    @Test
    @DisplayName("a gallery holds 1 to 10 items: 0 and 11 are refused, 1 and 10 taken")
    void galleryHoldsOneToTen() throws Exception {
        // WHEN the body over the limit and the one at it are sent, THEN the first is refused, the second taken
        assertRefusedAt(post(v2(gallery(0, 0))), "components.0.items");
        assertRefusedAt(post(v2(container(gallery(11, 0)))), "components.0.components.0.items");
        assertAccepted(post(v2(gallery(1, 0))));
        assertAccepted(post(v2(gallery(10, 0))));
    }

    @Test
    @DisplayName("a gallery item's description is at most 1,024 characters")
    void galleryDescriptionIsLimited() throws Exception {
        // WHEN the body over the limit and the one at it are sent, THEN the first is refused, the second taken
        assertRefusedAt(post(v2(gallery(2, 1025))), "components.0.items.0.description");
        assertAccepted(post(v2(gallery(2, 1024))));
    }

    @Test
    @DisplayName("every attachment:// name has its file and every file is shown")
    void attachmentsAndReferencesMatch() throws Exception {
        // GIVEN a gallery showing a.jpg and b.jpg
        ObjectNode g = component(12);
        g.putArray("items").addObject().putObject("media").put("url", "attachment://a.jpg");
        ((ArrayNode) g.get("items")).addObject().putObject("media").put("url", "attachment://b.jpg");

        // WHEN b.jpg is missing, or c.jpg is extra, THEN refused; both exactly, THEN taken and resolved
        assertRefusedAt(postWithFiles(v2(g.deepCopy()), "a.jpg"), "components");
        assertRefusedAt(postWithFiles(v2(g.deepCopy()), "a.jpg", "b.jpg", "c.jpg"), "attachments.2");
        HttpResponse<String> ok = postWithFiles(v2(g.deepCopy()), "a.jpg", "b.jpg");
        assertAccepted(ok);
        PostedMessage post = discord.postsIn(FakeDiscordConfig.CHANNEL_ID).get(0);
        assertEquals("picture1", new String(discord.attachmentBytes(post.galleryItems().get(1).url()).orElseThrow(),
                StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("an accent colour beyond 0xFFFFFF is refused")
    void accentColourIsRgb() throws Exception {
        // WHEN the body over the limit and the one at it are sent, THEN the first is refused, the second taken
        assertRefusedAt(post(v2(container(text("x")).put("accent_color", 0x1000000))), "components.0.accent_color");
        assertAccepted(post(v2(container(text("x")).put("accent_color", 0xFFFFFF))));
    }

    @Test
    @DisplayName("an edit cannot remove the V2 flag, nor add content to a V2 message; an edit of its texts is taken")
    void theFlagStaysThroughEdits() throws Exception {
        // GIVEN a V2 message
        String id = DiscordJson.parse(post(v2(text("first"))).body()).path("id").asText();
        String path = MESSAGES + "/" + id;

        // WHEN edited
        HttpResponse<String> dropFlag = send("PATCH", path, DiscordJson.object().put("flags", 0).put("content", "x"));
        HttpResponse<String> addContent = send("PATCH", path, DiscordJson.object().put("content", "x"));
        HttpResponse<String> newText = send("PATCH", path, v2(text("second")));

        // THEN only the last is taken and the message is still V2
        assertEquals(400, dropFlag.statusCode());
        assertTrue(dropFlag.body().contains("\"flags\""), dropFlag.body());
        assertEquals(400, addContent.statusCode());
        assertAccepted(newText);
        PostedMessage post = discord.postsIn(FakeDiscordConfig.CHANNEL_ID).get(0);
        assertTrue(post.isComponentsV2());
        assertEquals(java.util.List.of("second"), post.textDisplays());
    }

    // ---- classic limits -----------------------------------------------------------------------

    @Test
    @DisplayName("without the flag, only action rows may sit on top, and at most 5 of them")
    void classicComponentsAreRowsOnly() throws Exception {
        // WHEN the body over the limit and the one at it are sent, THEN the first is refused, the second taken
        ObjectNode withContainer = DiscordJson.object().put("content", "x");
        withContainer.putArray("components").add(container(text("x")));
        assertRefusedAt(post(withContainer), "components.0.type");

        ObjectNode sixRows = repeated(DiscordJson.object().put("content", "x"), "components", 6,
                i -> row(linkButton("r" + i)));
        assertOneTooMany(sixRows, "components", "components");
    }

    @Test
    @DisplayName("an action row holds 1 to 5 buttons, and a link button needs its url")
    void rowsAndButtons() throws Exception {
        // WHEN rows of 6 buttons, a link button without url, and a row of 5 are sent, THEN only the last is taken
        ObjectNode six = row(linkButton("1"), linkButton("2"), linkButton("3"), linkButton("4"), linkButton("5"),
                linkButton("6"));
        assertRefusedAt(post(v2(six)), "components.0.components");
        ObjectNode noUrl = component(2).put("style", 5).put("label", "View");
        assertRefusedAt(post(v2(row(noUrl))), "components.0.components.0.url");
        ((ArrayNode) six.get("components")).remove(5);
        assertAccepted(post(v2(six)));
    }

    @Test
    @DisplayName("content is at most 2,000 characters")
    void contentIsLimited() throws Exception {
        // WHEN the body over the limit and the one at it are sent, THEN the first is refused, the second taken
        assertRefusedAt(post(DiscordJson.object().put("content", "x".repeat(2001))), "content");
        assertAccepted(post(DiscordJson.object().put("content", "x".repeat(2000))));
    }

    @Test
    @DisplayName("embed limits: description 4,096, 6,000 in all, 10 embeds")
    void embedLimits() throws Exception {
        // WHEN a description of 4,097, two embeds of 3,001 each, and 11 embeds are sent, THEN each is refused; 10 are taken
        ObjectNode longDescription = DiscordJson.object();
        longDescription.putArray("embeds").addObject().put("description", "x".repeat(4097));
        assertRefusedAt(post(longDescription), "embeds.0.description");

        ObjectNode tooMuch = repeated(DiscordJson.object(), "embeds", 2,
                i -> DiscordJson.object().put("description", "x".repeat(3001)));
        assertRefusedAt(post(tooMuch), "embeds");

        ObjectNode eleven = repeated(DiscordJson.object(), "embeds", 11, i -> DiscordJson.object().put("title", "t"));
        assertOneTooMany(eleven, "embeds", "embeds");
    }

    @Test
    @DisplayName("an empty message is refused with 50006")
    void anEmptyMessageIsRefused() throws Exception {
        // WHEN a message with empty content is sent
        HttpResponse<String> response = post(DiscordJson.object().put("content", ""));

        // THEN Discord's "Cannot send an empty message", nothing stored
        assertEquals(400, response.statusCode());
        assertEquals(50006, DiscordJson.parse(response.body()).path("code").asInt());
        assertTrue(discord.messagesIn(FakeDiscordConfig.CHANNEL_ID).isEmpty());
    }

    @Test
    @DisplayName("more than 10 files are refused")
    void atMostTenFiles() throws Exception {
        // WHEN 11 files and then 10 are sent, THEN the first is refused, the second taken
        String[] eleven = new String[11];
        for (int i = 0; i < eleven.length; i++) {
            eleven[i] = "f" + i + ".jpg";
        }
        assertRefusedAt(postWithFiles(DiscordJson.object().put("content", "x"), eleven), "attachments");
        assertAccepted(postWithFiles(DiscordJson.object().put("content", "x"), java.util.Arrays.copyOf(eleven, 10)));
    }

    @Test
    @DisplayName("allowed_mentions may not both parse roles and list roles")
    void allowedMentionsParseAndListAreExclusive() throws Exception {
        // GIVEN
        ObjectNode both = DiscordJson.object().put("content", "<@&1>");
        ObjectNode allowed = both.putObject("allowed_mentions");
        allowed.putArray("parse").add("roles");
        allowed.putArray("roles").add("1");

        // WHEN / THEN
        assertRefusedAt(post(both), "allowed_mentions");
        allowed.putArray("parse");
        assertAccepted(post(both));
    }

    @Test
    @DisplayName("mentions ping only as allowed_mentions allows; without it, everything pings")
    void mentionsFollowAllowedMentions() throws Exception {
        // GIVEN a mentionable role, and the same text twice: once with allowed_mentions empty, once without any
        discord.close();
        discord = FakeDiscordConfig.builder().role(FakeRole.of(FakeDiscordConfig.ADMIN_ROLE_ID, "Admins",
                DiscordPermissions.MANAGE_SERVER, 1).withMentionable(true)).start();
        String admins = FakeDiscordConfig.defaults().roles().get(1).id();
        String text = "@everyone <@&" + admins + "> <@" + FakeDiscordConfig.ADMIN.id() + ">";
        ObjectNode silent = v2(text(text));
        silent.putObject("allowed_mentions").putArray("parse");

        // WHEN
        post(silent);
        post(v2(text(text)));

        // THEN
        PostedMessage quiet = discord.postsIn(FakeDiscordConfig.CHANNEL_ID).get(0);
        PostedMessage loud = discord.postsIn(FakeDiscordConfig.CHANNEL_ID).get(1);
        assertFalse(quiet.pingsEveryone());
        assertTrue(quiet.pingedRoles().isEmpty() && quiet.pingedUsers().isEmpty());
        assertTrue(loud.pingsEveryone());
        assertEquals(java.util.List.of(admins), loud.pingedRoles());
        assertEquals(java.util.List.of(FakeDiscordConfig.ADMIN.id()), loud.pingedUsers());
    }

    @Test
    @DisplayName("without Attach Files the bot's post with files is refused 403; its text-only post is taken")
    void filesNeedAttachFiles() throws Exception {
        // GIVEN a guild where the bot may view, send and embed links, but not attach files
        discord.close();
        discord = FakeDiscordConfig.builder().everyonePermissions(19456).start();
        ObjectNode g = component(12);
        g.putArray("items").addObject().putObject("media").put("url", "attachment://a.jpg");

        // WHEN a V2 post with a file and one with text only are sent
        HttpResponse<String> withFile = postWithFiles(v2(g), "a.jpg");
        HttpResponse<String> textOnly = post(v2(text("no pictures")));

        // THEN Discord's Missing Permissions for the first, the second is posted
        assertEquals(403, withFile.statusCode());
        assertEquals(50013, DiscordJson.parse(withFile.body()).path("code").asInt());
        assertAccepted(textOnly);
        assertEquals(1, discord.messagesIn(FakeDiscordConfig.CHANNEL_ID).size());
    }
}
