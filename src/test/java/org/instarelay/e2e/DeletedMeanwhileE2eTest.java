package org.instarelay.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.instarelay.fakediscord.FakeDiscordConfig;
import org.instarelay.fakediscord.Fault;
import org.instarelay.testing.FakeInstagram;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("E2E: a post that waited is skipped as deleted only when Instagram says it does not exist, and people are told")
@Timeout(60)
class DeletedMeanwhileE2eTest {
    private static final String SKIPPED = "1 post skipped: deleted on Instagram before it went out";

    @RegisterExtension
    static final E2eExtension BOT = E2eExtension.bot().connectedAndSettled();
    /** Set by {@link #BOT} before each test. */
    private E2eHarness harness;

    @Test
    @DisplayName("Instagram answers the check with error 100 without subcode 33: the post still goes out, once")
    void invalidParameterIsNotADeletion() {
        // GIVEN a post whose first send Discord refused, so it waited and is checked before its next try
        String id = waitedPost("still there");
        // AND Instagram answers that check with "(#100) Invalid parameter" and no subcode
        harness.instagram.failNextMediaChecks(FakeInstagram.invalidParameter());
        int checks = harness.instagram.mediaChecks();

        // WHEN the next cycle runs
        harness.pollNow();

        // THEN the check was made, and the post arrived in the channel anyway, once
        assertEquals(checks + 1, harness.instagram.mediaChecks(), "the waited post was checked");
        assertEquals(List.of(E2eHarness.permalink(id)), harness.postedLinks());
        // AND status counts it as posted, with nothing said about a deletion
        String status = E2eHarness.words(harness.run("status", FakeDiscordConfig.MEMBER));
        assertTrue(status.contains("1 posted, 0 waiting"), status);
        assertFalse(status.contains("deleted on Instagram"), status);
    }

    @Test
    @DisplayName("Instagram says the post does not exist (100/33): it is skipped, and status and history say it was deleted on Instagram")
    void deletedIsSkippedAndTold() {
        // GIVEN a post whose first send Discord refused, so it waited
        String id = waitedPost("deleted meanwhile");
        // AND it is deleted on Instagram meanwhile
        harness.instagram.delete(id);

        // WHEN the next cycle runs
        harness.pollNow();

        // THEN nothing was posted and nothing waits
        assertEquals(List.of(), harness.postedLinks());
        assertEquals(0, harness.waiting());
        // AND status says, for the channel, that one post was skipped as deleted
        String status = E2eHarness.words(harness.run("status", FakeDiscordConfig.MEMBER));
        assertTrue(status.contains(SKIPPED), status);
        assertTrue(status.contains("0 posted, 0 waiting"), status);
        // AND history says what became of that post in the channel
        String history = E2eHarness.words(harness.run("history", FakeDiscordConfig.MEMBER));
        assertTrue(history.contains("deleted meanwhile"), history);
        assertTrue(history.contains("not posted: deleted on Instagram before it went out"), history);
    }

    /** Publishes a post and lets one cycle fail to send it (Discord 403), so the next try checks it first. */
    private String waitedPost(String caption) {
        String id = harness.publish(caption);
        harness.discord.failNext("POST", "channels/\\d+/messages", 403, Fault.MISSING_PERMISSIONS, 1);
        harness.pollNow();
        assertEquals(List.of(), harness.postedLinks(), "Discord refused the first send");
        assertEquals(1, harness.waiting(), "the post waits for the next cycle");
        return id;
    }
}
