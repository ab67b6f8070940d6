package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import okhttp3.HttpUrl;
import org.instarelay.fakediscord.PostedMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: what is not a picture, or comes from elsewhere, is neither posted nor kept")
@Timeout(60)
class PictureRulesE2eTest {
    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot().connectedAndSettled();
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("a text page served as image/jpeg, and one served without a type: each post goes out without it, saying so, and nothing is kept")
    void textIsNoPicture() throws Exception {
        // GIVEN two posts whose picture addresses answer with an internal page
        String typed = harness.publish("Served as a JPEG");
        String untyped = harness.publish("Served without a type");
        harness.instagram.cdnAnswers(typed, () -> page("image/jpeg"));
        harness.instagram.cdnAnswers(untyped, () -> page(null));

        // WHEN a cycle runs
        harness.pollNow();

        // THEN both posts went out, without a picture, saying it is unavailable
        assertNothingShownNorKept(List.of(typed, untyped));
    }

    @Test
    @DisplayName("a picture address redirecting to another host over http (127.0.0.1 and localhost) is not followed")
    void crossHostRedirectNotFollowed() throws Exception {
        // GIVEN a post whose picture redirects to this machine under its other name, where a page waits
        String id = harness.publish("Redirected");
        HttpUrl base = HttpUrl.get(harness.instagram.baseUrl());
        String otherName = base.host().equals("localhost") ? "127.0.0.1" : "localhost";
        String elsewhere = base.newBuilder().host(otherName).encodedPath("/cdn/internal.jpg").build().toString();
        harness.instagram.cdnAnswers(id, () -> new MockResponse.Builder().code(302).addHeader("Location", elsewhere)
                .build());
        int before = harness.instagram.cdnRequests();

        // WHEN a cycle runs
        harness.pollNow();

        // THEN the post went out without the picture, nothing is kept, and the other host was never asked
        assertNothingShownNorKept(List.of(id));
        assertTrue(harness.bot().core().keptPictures().awaitIdle(E2eHarness.WAIT));
        List<String> asked = harness.instagram.requestLog().stream().filter(line -> line.contains("/cdn/")).toList();
        assertTrue(asked.stream().noneMatch(line -> line.contains("internal.jpg")), asked.toString());
        assertTrue(harness.instagram.cdnRequests() > before, "the picture address itself was asked");
    }

    private static MockResponse page(String type) {
        MockResponse.Builder answer = new MockResponse.Builder().code(200).body("<html>router admin: password=hunter2</html>");
        return (type == null ? answer : answer.addHeader("Content-Type", type)).build();
    }

    /** Each post is in the channel once, with no file and the "unavailable" line, and no picture of it is kept. */
    private void assertNothingShownNorKept(List<String> ids) throws InterruptedException {
        List<PostedMessage> posts = harness.awaitPosts(ids.size()).stream().map(PostedMessage::new).toList();
        assertEquals(ids.stream().map(E2eHarness::permalink).toList(), harness.postedLinks());
        for (PostedMessage post : posts) {
            assertEquals(List.of(), post.galleryItems());
            assertTrue(post.text().contains("Picture unavailable; open the post on Instagram"), post.text());
        }
        assertEquals(0, harness.channelPosts().stream().mapToInt(request -> request.files().size()).sum(),
                "no file was uploaded");
        assertTrue(harness.bot().core().keptPictures().awaitIdle(E2eHarness.WAIT));
        for (String id : ids) {
            assertEquals(Optional.empty(), harness.bot().core().keptPictures()
                    .keptName(harness.instagram.baseUrl() + "cdn/" + id + ".jpg"));
        }
        assertEquals(0, harness.bot().core().pictures().totalBytes(), "nothing kept on disk");
    }
}
