package org.instarelay.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Which addresses a picture download may be redirected to, and how long it may take")
class DownloadRulesTest {
    private static final Set<AddressClass> PUBLIC_ORIGIN = Set.of(AddressClass.PUBLIC);
    private static final HttpUrl CDN = HttpUrl.get("https://scontent.cdninstagram.com/v/t51/1.jpg");

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "8.8.8.8, PUBLIC", "157.240.1.1, PUBLIC", "172.32.0.1, PUBLIC", "2a03:2880::1, PUBLIC",
            "127.0.0.1, LOOPBACK", "127.9.9.9, LOOPBACK", "::1, LOOPBACK",
            "10.1.2.3, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE", "192.168.1.1, PRIVATE",
            "fc00::1, PRIVATE", "fd12:3456::1, PRIVATE", "::ffff:10.0.0.1, PRIVATE",
            "169.254.169.254, LINK_LOCAL", "fe80::1, LINK_LOCAL",
            "0.0.0.0, UNSPECIFIED", "0.1.2.3, UNSPECIFIED", "::, UNSPECIFIED"})
    @DisplayName("each address is told apart by where it leads")
    void classified(String literal, AddressClass expected) throws Exception {
        // GIVEN a literal address (no DNS is asked for a literal)
        InetAddress address = InetAddress.getByName(literal);

        // WHEN it is classified THEN it is where it leads
        assertEquals(expected, AddressClass.of(address));
    }

    @ParameterizedTest(name = "to {0}")
    @CsvSource({"127.0.0.1", "10.0.0.7", "192.168.0.1", "169.254.169.254", "fe80::1", "fd00::1", "0.0.0.0"})
    @DisplayName("a download that started on a public address is never redirected inside")
    void publicToInsideRefused(String literal) throws Exception {
        // GIVEN a public CDN redirecting over https to a name that resolves inside
        HttpUrl to = HttpUrl.get("https://innocent.example.org/1.jpg");

        // WHEN the hop is judged
        Optional<String> refusal = RedirectRule.refusal(1, CDN, to, PUBLIC_ORIGIN,
                List.of(InetAddress.getByName(literal)));

        // THEN it is refused, naming the host only
        assertTrue(refusal.orElseThrow().contains("address (innocent.example.org)"), refusal.get());
    }

    @Test
    @DisplayName("a download that started on loopback may stay on loopback; public to public over https is followed")
    void allowedHops() throws Exception {
        // GIVEN hops within loopback (the tests' fakes) and between public hosts over https
        HttpUrl local = HttpUrl.get("http://127.0.0.1:8080/a.jpg");
        HttpUrl localAgain = HttpUrl.get("http://127.0.0.1:8080/b.jpg");
        HttpUrl otherCdn = HttpUrl.get("https://video.xx.fbcdn.net/v/1.mp4");

        // WHEN they are judged THEN both are followed
        assertEquals(Optional.empty(), RedirectRule.refusal(1, local, localAgain, Set.of(AddressClass.LOOPBACK),
                List.of(InetAddress.getByName("127.0.0.1"))));
        assertEquals(Optional.empty(), RedirectRule.refusal(1, CDN, otherCdn, PUBLIC_ORIGIN,
                List.of(InetAddress.getByName("157.240.1.1"))));
    }

    @Test
    @DisplayName("another host over http, https down to http, and a fourth redirect are refused")
    void refusedHops() throws Exception {
        // GIVEN public addresses only, so only the form of each hop decides
        List<InetAddress> publicTarget = List.of(InetAddress.getByName("157.240.1.1"));

        // WHEN each hop is judged THEN it is refused with its reason
        assertTrue(RedirectRule.refusal(1, HttpUrl.get("http://a.example/1.jpg"), HttpUrl.get("http://b.example/1.jpg"),
                PUBLIC_ORIGIN, publicTarget).orElseThrow().contains("another host over http"));
        assertTrue(RedirectRule.refusal(1, CDN, HttpUrl.get("http://scontent.cdninstagram.com/1.jpg"),
                PUBLIC_ORIGIN, publicTarget).orElseThrow().contains("down to http"));
        assertTrue(RedirectRule.refusal(4, CDN, CDN, PUBLIC_ORIGIN, publicTarget).orElseThrow()
                .contains("more than 3"));
    }

    @Test
    @DisplayName("a download's deadline grows with its cap: 2 s a MiB, at least 5 s, at most 20 s")
    void deadlines() {
        // GIVEN the bot's download with its own limits
        PictureDownload download = new PictureDownload(new OkHttpClient());

        // WHEN deadlines are asked for caps small and large THEN they follow the rule
        assertEquals(Duration.ofSeconds(5), download.deadlineFor(1_000));
        assertEquals(Duration.ofSeconds(16), download.deadlineFor(PictureDownload.DEFAULT_MAX_BYTES));
        assertEquals(Duration.ofSeconds(20), download.deadlineFor(100L * 1024 * 1024));
    }
}
