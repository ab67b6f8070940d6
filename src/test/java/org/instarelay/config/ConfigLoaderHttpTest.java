package org.instarelay.config;

import static org.instarelay.config.ConfigFixture.asEnvironment;
import static org.instarelay.config.ConfigFixture.failure;
import static org.instarelay.config.ConfigFixture.keysWithProblems;
import static org.instarelay.config.ConfigFixture.load;
import static org.instarelay.config.ConfigFixture.onlyProblemFor;
import static org.instarelay.config.ConfigFixture.problemFor;
import static org.instarelay.config.ConfigFixture.requiredWith;
import static org.instarelay.config.ConfigFixture.write;
import static org.instarelay.config.ConfigFixture.writeLines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.instarelay.config.ConfigLoader.LoadedConfig;
import org.instarelay.config.ConfigLoader.Mode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("ConfigLoader: the web face (http.*)")
class ConfigLoaderHttpTest {
    @TempDir
    Path dir;

    private HttpSettings http(String... keysAndValues) throws Exception {
        return load(write(dir, requiredWith(keysAndValues)), Mode.RUN).settings().http();
    }

    @ParameterizedTest(name = "http.port={0}")
    @CsvSource({"1, 1", "8081, 8081", "65535, 65535", "0, 0"})
    @DisplayName("GIVEN a port from 0 to 65535 WHEN loaded THEN it is used and the default public URL carries it")
    void validPorts(String value, int expected) throws Exception {
        // GIVEN / WHEN
        HttpSettings http = http("http.port", value);

        // THEN
        assertTrue(http.enabled());
        assertEquals(expected, http.port());
        assertEquals(URI.create("http://127.0.0.1:" + expected), http.publicUrl());
    }

    @Test
    @DisplayName("GIVEN http.port= written empty in the file WHEN loaded THEN the web face is off, with no public URL")
    void emptyPortTurnsItOff() throws Exception {
        // GIVEN
        Path file = writeLines(dir, lines("http.port="));

        // WHEN
        LoadedConfig loaded = load(file, Mode.RUN);

        // THEN
        assertFalse(loaded.settings().http().enabled());
        assertNull(loaded.settings().http().port());
        assertNull(loaded.settings().http().publicUrl());
        assertNull(loaded.settings().http().callbackUri());
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    @DisplayName("GIVEN INSTARELAY_HTTP_PORT=off, or empty over a file's port WHEN loaded THEN off turns the web face off and empty keeps the file's port")
    void offFromTheEnvironment() throws Exception {
        // GIVEN
        Path file = write(dir, requiredWith("http.port", "9000"));

        // WHEN
        HttpSettings off = ConfigLoader.load(file, Map.of("INSTARELAY_HTTP_PORT", "OFF"), Mode.RUN).settings().http();
        HttpSettings kept = ConfigLoader.load(file, Map.of("INSTARELAY_HTTP_PORT", ""), Mode.RUN).settings().http();

        // THEN
        assertFalse(off.enabled());
        assertEquals(9000, kept.port());
    }

    @ParameterizedTest(name = "http.port={0}")
    @CsvSource(delimiter = '|', value = {
            "-1 | -1 is not a port",
            "65536 | 65536 is not a port",
            "80a | \"80a\" is not a port number",
            "8080.0 | \"8080.0\" is not a port number"})
    @DisplayName("GIVEN a bad port WHEN loaded THEN http.port is reported with the range, 0 and how to turn it off")
    void badPorts(String value, String expected) throws Exception {
        // GIVEN / WHEN
        String line = onlyProblemFor(dir, "http.port", value);

        // THEN
        assertEquals("http.port: " + expected + ". Use a port from 1 to 65535 (default 8080), 0 for any free port,"
                + " or leave it empty (or write off) to turn the web face off.", line);
    }

    @Test
    @DisplayName("GIVEN a bad port from the environment WHEN loaded THEN the problem names INSTARELAY_HTTP_PORT")
    void badPortFromEnvironment() throws Exception {
        // GIVEN
        Path file = write(dir, ConfigFixture.required());

        // WHEN
        ConfigException e = failure(file, Map.of("INSTARELAY_HTTP_PORT", "http"), Mode.RUN);

        // THEN
        assertTrue(problemFor(e, "http.port").startsWith(
                "http.port: \"http\" is not a port number (the value comes from INSTARELAY_HTTP_PORT)."), e::report);
    }

    @ParameterizedTest(name = "http.bind={0}")
    @CsvSource({"0.0.0.0, 0.0.0.0", "192.168.1.20, 192.168.1.20", "::, ::", "::1, ::1", "[::1], ::1",
            "fe80::1:2, fe80::1:2", "localhost, localhost", "bot.internal.example.org, bot.internal.example.org"})
    @DisplayName("GIVEN an IP address or host name WHEN loaded THEN it is the bind address (IPv6 without brackets)")
    void validBinds(String value, String expected) throws Exception {
        // GIVEN / WHEN
        HttpSettings http = http("http.bind", value);

        // THEN
        assertEquals(expected, http.bind());
    }

    @ParameterizedTest(name = "http.bind={0}")
    @CsvSource(delimiter = '|', value = {
            "256.1.1.1 | is not an IPv4 address (four numbers from 0 to 255)",
            "10.0.0 | is not an IPv4 address (four numbers from 0 to 255)",
            "1:2 | is not an IPv6 address",
            "::g | is not an IPv6 address",
            "http://0.0.0.0 | is a URL, not an address",
            "my_host | is not an IP address or host name",
            "-bad.example | is not an IP address or host name"})
    @DisplayName("GIVEN a bind address that is neither an IP address nor a host name WHEN loaded THEN http.bind is reported with examples")
    void badBinds(String value, String expected) throws Exception {
        // GIVEN / WHEN
        String line = onlyProblemFor(dir, "http.bind", value);

        // THEN
        assertEquals("http.bind: \"" + value + "\" " + expected + ". Use an address of this machine such as"
                + " 127.0.0.1 (the default, this machine only), 0.0.0.0 (every network), ::1, or a host name.",
                line);
    }

    @ParameterizedTest(name = "bind {0}, port {1}")
    @CsvSource({"0.0.0.0, 8080, http://127.0.0.1:8080", "::, 9000, http://127.0.0.1:9000",
            "127.0.0.2, 8080, http://127.0.0.1:8080", "192.168.1.20, 8080, http://192.168.1.20:8080",
            "fd00::5, 8080, http://[fd00::5]:8080", "relay.lan, 81, http://relay.lan:81"})
    @DisplayName("GIVEN no public URL WHEN loaded THEN it is 127.0.0.1 with the port, or the bind address when that is one address of another network")
    void defaultPublicUrl(String bind, String port, String expected) throws Exception {
        // GIVEN / WHEN
        HttpSettings http = http("http.bind", bind, "http.port", port);

        // THEN
        assertEquals(URI.create(expected), http.publicUrl());
        assertEquals(expected + "/instagram/callback", http.callbackUri());
    }

    @ParameterizedTest(name = "http.public-url={0}")
    @CsvSource({"https://bot.example.org, https://bot.example.org",
            "https://bot.example.org/, https://bot.example.org",
            "https://example.org/instarelay//, https://example.org/instarelay",
            "http://192.168.1.20:8080/relay, http://192.168.1.20:8080/relay",
            "HTTPS://Bot.Example.org:8443, HTTPS://Bot.Example.org:8443"})
    @DisplayName("GIVEN an absolute http(s) public URL WHEN loaded THEN it is kept as written without trailing slashes, and addresses are built under it")
    void validPublicUrls(String value, String expected) throws Exception {
        // GIVEN / WHEN
        HttpSettings http = http("http.public-url", value);

        // THEN
        assertEquals(URI.create(expected), http.publicUrl());
        assertEquals(expected + "/feeds/k.json", http.address("/feeds/k.json"));
        assertEquals(expected + "/instagram/callback", http.callbackUri());
    }

    @ParameterizedTest(name = "http.public-url={0}")
    @CsvSource(delimiter = '|', value = {
            "bot.example.org | is not an absolute http or https URL",
            "/relay | is not an absolute http or https URL",
            "ftp://bot.example.org | is not an absolute http or https URL",
            "https://bot example.org | is not a URL",
            "https://bot.example.org/?x=1 | has a query or fragment (? or #)",
            "https://bot.example.org/#top | has a query or fragment (? or #)",
            "https://user:pw@bot.example.org | has a user name in it",
            "http://127.0.0.1:0 | has port 0, which browsers cannot open",
            "http://127.0.0.1:70000 | has port 70000, which browsers cannot open"})
    @DisplayName("GIVEN a public URL that is not an absolute http(s) address without query WHEN loaded THEN http.public-url is reported with examples")
    void badPublicUrls(String value, String expected) throws Exception {
        // GIVEN / WHEN
        String line = onlyProblemFor(dir, "http.public-url", value);

        // THEN
        assertEquals("http.public-url: \"" + value + "\" " + expected + ". Use the address people open, such as"
                + " https://bot.example.org or https://example.org/instarelay, or leave it empty for"
                + " http://127.0.0.1:<http.port>.", line);
    }

    @Test
    @DisplayName("GIVEN a public URL but the web face off WHEN loaded THEN it loads with a warning that the URL is unused")
    void publicUrlWithoutWebFaceWarns() throws Exception {
        // GIVEN
        Path file = writeLines(dir, lines("http.port=", "http.public-url=https://bot.example.org"));

        // WHEN
        LoadedConfig loaded = load(file, Mode.RUN);

        // THEN
        assertNull(loaded.settings().http().publicUrl());
        assertEquals(List.of("http.public-url: set, but the web face is off (http.port is empty or off), so it is"
                + " unused."), loaded.warnings());
    }

    @ParameterizedTest(name = "instagram.redirect-uri={0}")
    @CsvSource({"https://bot.example.org/callback", "https://bot.example.org", "https://bot.example.org/instagram/callback/"})
    @DisplayName("GIVEN a redirect URI on the web face but not its callback WHEN loaded THEN a warning gives the exact value to use")
    void redirectUriNotTheCallbackWarns(String redirectUri) throws Exception {
        // GIVEN
        Path file = write(dir, requiredWith("http.public-url", "https://bot.example.org/",
                "instagram.redirect-uri", redirectUri));

        // WHEN
        LoadedConfig loaded = load(file, Mode.RUN);

        // THEN
        assertEquals(redirectUri, loaded.settings().instagram().redirectUri(), "a warning, not a change");
        assertEquals(List.of("instagram.redirect-uri: \"" + redirectUri + "\" is on the web face (http.public-url)"
                + " but not its callback, so connecting falls back to pasting. Use"
                + " https://bot.example.org/instagram/callback here and register exactly that for the app."),
                loaded.warnings());
    }

    @ParameterizedTest(name = "instagram.redirect-uri={0}")
    @CsvSource({"https://bot.example.org/instagram/callback", "https://example.org/instagram/callback",
            "https://bot.example.org.evil/x"})
    @DisplayName("GIVEN a redirect URI that is the callback or elsewhere WHEN loaded THEN there is no warning")
    void redirectUriCallbackOrElsewhereIsQuiet(String redirectUri) throws Exception {
        // GIVEN
        Path file = write(dir, requiredWith("http.public-url", "https://bot.example.org",
                "instagram.redirect-uri", redirectUri));

        // WHEN / THEN
        assertEquals(List.of(), load(file, Mode.RUN).warnings());
    }

    @Test
    @DisplayName("GIVEN port 0 and no public URL WHEN the bound port is known THEN the public URL carries it; an explicit URL stays")
    void anyFreePortGetsTheBoundPort() throws Exception {
        // GIVEN
        HttpSettings defaulted = http("http.port", "0");
        HttpSettings explicit = http("http.port", "0", "http.public-url", "https://bot.example.org/relay");
        HttpSettings ipv6 = http("http.port", "0", "http.bind", "fd00::5");

        // WHEN / THEN
        assertEquals(URI.create("http://127.0.0.1:43210"), defaulted.publicUrl(43210));
        assertEquals(URI.create("http://[fd00::5]:43210"), ipv6.publicUrl(43210));
        assertEquals(URI.create("https://bot.example.org/relay"), explicit.publicUrl(43210));
    }

    @Test
    @DisplayName("GIVEN every http key in the environment WHEN loaded THEN the environment's values are used")
    void environmentOverrides() throws Exception {
        // GIVEN
        Path file = write(dir, requiredWith("http.port", "8080", "http.bind", "127.0.0.1"));
        Map<String, String> environment = asEnvironment(Map.of(
                "http.port", "9443", "http.bind", "0.0.0.0", "http.public-url", "https://bot.example.org/"));

        // WHEN
        HttpSettings http = ConfigLoader.load(file, environment, Mode.RUN).settings().http();

        // THEN
        assertEquals(new HttpSettings(9443, "0.0.0.0", URI.create("https://bot.example.org")), http);
    }

    /** The required keys as lines, then {@code extra}. */
    private static String[] lines(String... extra) {
        List<String> lines = new java.util.ArrayList<>();
        ConfigFixture.required().forEach((key, value) -> lines.add(key + "=" + value));
        lines.addAll(List.of(extra));
        return lines.toArray(String[]::new);
    }
}
