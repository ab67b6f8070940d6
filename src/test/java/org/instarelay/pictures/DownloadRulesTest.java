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
    void classifiedPlainRanges(String literal, AddressClass expected) throws Exception {
        classified(literal, expected);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // carrier-grade NAT, Alibaba Cloud's metadata service among them; and its neighbours outside
            "100.64.0.1, PRIVATE", "100.100.100.200, PRIVATE", "100.127.255.255, PRIVATE",
            "100.63.255.255, PUBLIC", "100.128.0.1, PUBLIC",
            // benchmarking networks
            "198.18.0.1, PRIVATE", "198.19.255.255, PRIVATE", "198.17.255.255, PUBLIC", "198.20.0.1, PUBLIC",
            // multicast, reserved and broadcast: never a picture's home
            "224.0.0.1, NEVER", "239.255.255.250, NEVER", "240.0.0.1, NEVER", "255.255.255.255, NEVER",
            "ff02::1, NEVER", "ff05::1:3, NEVER", "0.255.255.255, UNSPECIFIED",
            // NAT64 wrapping an inside IPv4 address is that address; wrapping a public one stays public
            "64:ff9b::127.0.0.1, LOOPBACK", "64:ff9b::a9fe:a9fe, LINK_LOCAL", "64:ff9b::10.1.1.1, PRIVATE",
            "64:ff9b::100.100.100.200, PRIVATE", "64:ff9b::8.8.8.8, PUBLIC", "64:ff9b:1::a00:1, PRIVATE",
            // 6to4 likewise
            "2002:7f00:1::1, LOOPBACK", "2002:a9fe:a9fe::1, LINK_LOCAL", "2002:c0a8:101::1, PRIVATE",
            "2002:808:808::1, PUBLIC",
            // IPv4-compatible (deprecated) and IPv4-mapped
            "::169.254.169.254, LINK_LOCAL", "::ffff:127.0.0.1, LOOPBACK", "::ffff:100.100.100.200, PRIVATE"})
    @DisplayName("addresses inside ranges that are easy to miss, and IPv6 wrapping an inside IPv4 address, are inside")
    void classifiedHiddenRanges(String literal, AddressClass expected) throws Exception {
        classified(literal, expected);
    }

    @ParameterizedTest(name = "::ffff:{0} kept as IPv6 is {1}")
    @CsvSource({"127.0.0.1, LOOPBACK", "169.254.169.254, LINK_LOCAL", "10.0.0.1, PRIVATE", "8.8.8.8, PUBLIC"})
    @DisplayName("an IPv4-mapped address held as IPv6 (not turned into IPv4 by Java's parser) is its IPv4 address")
    void mappedHeldAsIpv6(String ipv4, AddressClass expected) throws Exception {
        // GIVEN ::ffff:a.b.c.d as a 16-byte IPv6 address
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xFF;
        mapped[11] = (byte) 0xFF;
        System.arraycopy(InetAddress.getByName(ipv4).getAddress(), 0, mapped, 12, 4);
        InetAddress address = java.net.Inet6Address.getByAddress(null, mapped, -1);

        // WHEN it is classified THEN it is where its IPv4 address leads
        assertEquals(16, address.getAddress().length, "held as IPv6");
        assertEquals(expected, AddressClass.of(address));
    }

    @Test
    @DisplayName("no redirect reaches a multicast or broadcast address, even from a download that started on loopback")
    void neverToMulticast() throws Exception {
        // GIVEN a download that started on loopback (where the tests' fakes listen)
        HttpUrl local = HttpUrl.get("http://127.0.0.1:8080/a.jpg");
        HttpUrl to = HttpUrl.get("http://127.0.0.1:8080/b.jpg");

        for (String literal : List.of("224.0.0.1", "255.255.255.255", "ff02::1")) {
            // WHEN a hop on the same host resolves to it
            Optional<String> refusal = RedirectRule.refusal(1, local, to, Set.of(AddressClass.LOOPBACK),
                    List.of(InetAddress.getByName(literal)));

            // THEN it is refused
            assertTrue(refusal.orElseThrow().contains("multicast or reserved address"), literal + ": " + refusal);
        }
    }

    private static void classified(String literal, AddressClass expected) throws Exception {
        // GIVEN a literal address (no DNS is asked for a literal)
        InetAddress address = InetAddress.getByName(literal);

        // WHEN it is classified THEN it is where it leads
        assertEquals(expected, AddressClass.of(address));
    }

    @ParameterizedTest(name = "to {0}")
    @CsvSource({"127.0.0.1", "10.0.0.7", "192.168.0.1", "169.254.169.254", "fe80::1", "fd00::1", "0.0.0.0",
            "100.100.100.200", "198.18.0.1", "64:ff9b::7f00:1", "2002:a9fe:a9fe::1", "224.0.0.1", "ff02::1"})
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
