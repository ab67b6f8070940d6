package org.instarelay.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.instarelay.instagram.InstagramSettings;

/**
 * Instagram on 127.0.0.1: the documented endpoints of the Instagram API with Instagram Login,
 * served over a real socket from a little in-memory world of accounts, codes, tokens and posts.
 *
 * <p>Tests add accounts and posts, hand out codes, revoke tokens and inject faults, then assert on
 * what the bot stored, printed or posted, and on the requests counted here.
 */
public final class FakeInstagram implements AutoCloseable {
    public static final String CLIENT_ID = "1234567890";
    public static final String CLIENT_SECRET = "fake-client-secret-xyz";
    public static final String REDIRECT_URI = "https://bot.example.org/instagram/callback";
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").withZone(ZoneOffset.UTC);

    private final MockWebServer server = new MockWebServer();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, FakeAccount> accounts = new ConcurrentHashMap<>();
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private volatile String registeredRedirectUri = REDIRECT_URI;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final Deque<MockResponse> mediaFaults = new ConcurrentLinkedDeque<>();
    private final Deque<MockResponse> refreshFaults = new ConcurrentLinkedDeque<>();
    private final Deque<MockResponse> mediaCheckFaults = new ConcurrentLinkedDeque<>();
    private final AtomicInteger mediaChecks = new AtomicInteger();
    private final AtomicInteger refreshRequests = new AtomicInteger();
    private final List<String> requestLog = new CopyOnWriteArrayList<>();
    private final AtomicInteger mediaRequests = new AtomicInteger();
    private final Map<String, Integer> videoSizes = new ConcurrentHashMap<>();
    private final Set<String> goneFromCdn = ConcurrentHashMap.newKeySet();
    private final Map<String, java.util.function.Supplier<MockResponse>> cdnAnswers = new ConcurrentHashMap<>();
    private final AtomicLong tokenCounter = new AtomicLong();
    private final AtomicLong mediaCounter = new AtomicLong(17_900_000_000_000_000L);
    private final AtomicInteger cdnRequests = new AtomicInteger();
    private final Map<String, AtomicInteger> cdnRequestsByName = new ConcurrentHashMap<>();
    private volatile boolean cdnRefuses;
    private volatile byte[] pictureFiller;
    private volatile boolean wrappedTokenAnswer;
    private volatile long delayMillis;
    private volatile long cdnDelayMillis;

    /** An account in the fake world; posts newest first. */
    public static final class FakeAccount {
        final String userId;
        final String username;
        final String accountType;
        final List<ObjectNode> posts = new CopyOnWriteArrayList<>();

        FakeAccount(String userId, String username, String accountType) {
            this.userId = userId;
            this.username = username;
            this.accountType = accountType;
        }
    }

    public FakeInstagram() throws IOException {
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                long delay = request.getUrl().encodedPath().startsWith("/cdn/") ? cdnDelayMillis : delayMillis;
                if (delay > 0) {
                    Thread.sleep(delay);
                }
                return route(request);
            }
        });
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    }

    /** Settings pointing all three Instagram addresses here. */
    public InstagramSettings settings() {
        return InstagramSettingsBuilder.app(CLIENT_ID, CLIENT_SECRET, REDIRECT_URI).at(server.url("/")).build();
    }

    public String baseUrl() {
        return server.url("/").toString();
    }

    public void addAccount(String userId, String username) {
        accounts.put(userId, new FakeAccount(userId, username, "BUSINESS"));
    }

    public void addAccount(String userId, String username, String accountType) {
        accounts.put(userId, new FakeAccount(userId, username, accountType));
    }

    /** A one-time code, as Instagram would put in the redirect, for this account. */
    public String issueCode(String userId) {
        String code = "AQBtestcode" + tokenCounter.incrementAndGet() + "x" + userId;
        codes.put(code, userId);
        return code;
    }

    /**
     * A long-lived token for the account, as if it had been through the code exchange: lets a
     * benchmark put a thousand accounts in the database without a thousand OAuth round trips.
     */
    public String issueLongLivedToken(String userId) {
        return newToken("long", userId);
    }

    /** Publishes an image post now-ish (at {@code time}); returns its media id. */
    public String publish(String userId, Instant time, String caption) {
        ObjectNode post = post(userId, time, caption, "IMAGE", "FEED", ".jpg", "/p/P");
        addNewest(userId, post);
        return post.get("id").asText();
    }

    /** Publishes an image post whose picture has this alt text ({@code alt_text}); returns its media id. */
    public String publish(String userId, Instant time, String caption, String altText) {
        ObjectNode post = post(userId, time, caption, "IMAGE", "FEED", ".jpg", "/p/P");
        if (altText != null) {
            post.put("alt_text", altText); // Instagram leaves the field out when there is none
        }
        addNewest(userId, post);
        return post.get("id").asText();
    }

    /**
     * Publishes a reel (a video with its thumbnail and alt text); {@code sharedToFeed} false is a
     * trial reel, kept off the profile grid. Returns its media id.
     */
    public String publishReel(String userId, Instant time, String caption, boolean sharedToFeed, String altText) {
        ObjectNode post = post(userId, time, caption, "VIDEO", "REELS", ".mp4", "/reel/R");
        String id = post.get("id").asText();
        post.put("is_shared_to_feed", sharedToFeed)
                .put("thumbnail_url", server.url("/cdn/" + id + "-thumb.jpg").toString());
        if (altText != null) {
            post.put("alt_text", altText); // Instagram leaves the field out when there is none
        }
        addNewest(userId, post);
        return id;
    }

    /** The address a reel published here has on Instagram. */
    public static String reelPermalink(String mediaId) {
        return "https://www.instagram.com/reel/R" + mediaId + "/";
    }

    private ObjectNode post(String userId, Instant time, String caption, String type, String product, String extension,
                            String path) {
        String id = Long.toString(mediaCounter.incrementAndGet());
        return json.createObjectNode()
                .put("id", id)
                .put("caption", caption)
                .put("media_type", type)
                .put("media_product_type", product)
                .put("media_url", server.url("/cdn/" + id + extension).toString())
                .put("permalink", "https://www.instagram.com" + path + id + "/")
                .put("timestamp", TIMESTAMP.format(time))
                .put("username", accounts.get(userId).username);
    }

    /** Publishes any post built by the test (an album, a video); it must carry an id. */
    public void publishRaw(String userId, ObjectNode post) {
        addNewest(userId, post);
    }

    public ObjectMapper json() {
        return json;
    }

    public String timestamp(Instant time) {
        return TIMESTAMP.format(time);
    }

    /** Deletes a post on Instagram. */
    /**
     * What the CDN serves for {@code <name>.jpg}: a JPEG start and the name, so a test can tell
     * the pictures of an album apart (and check their order) by their bytes.
     */
    public static byte[] pictureBytes(String name) {
        byte[] tag = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = new byte[3 + tag.length];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        System.arraycopy(tag, 0, bytes, 3, tag.length);
        return bytes;
    }

    /** A video file of {@code size} bytes as the CDN serves it: an MP4 {@code ftyp} box first, then zeros. */
    public static byte[] videoBytes(int size) {
        return MediaBytes.mp4(size);
    }

    /** The CDN serves {@code <name>.mp4} as a video of this many bytes (else {@link #DEFAULT_VIDEO_BYTES}). */
    public void videoSize(String name, int bytes) {
        videoSizes.put(name, bytes);
    }

    /** The CDN answers 404 for {@code <name>.jpg}, as for an expired signed address. */
    public void removeFromCdn(String name) {
        goneFromCdn.add(name);
    }

    /**
     * The CDN answers {@code <name>.<any extension>} with what {@code answer} gives each time
     * (a dripping picture, a redirect, a text body), instead of the picture.
     */
    public void cdnAnswers(String name, java.util.function.Supplier<MockResponse> answer) {
        cdnAnswers.put(name, answer);
    }

    /** The CDN serves {@code <name>.jpg} as a real JPEG start, then one byte per second for longer than any test waits. */
    public void cdnDrips(String name) {
        byte[] picture = java.util.Arrays.copyOf(pictureBytes(name), 600);
        cdnAnswers(name, () -> new MockResponse.Builder().code(200).addHeader("Content-Type", "image/jpeg")
                .body(new okio.Buffer().write(picture)).throttleBody(1, 1, java.util.concurrent.TimeUnit.SECONDS).build());
    }

    public static final int DEFAULT_VIDEO_BYTES = 4096;

    private MockResponse cdn(String path) {
        cdnRequests.incrementAndGet();
        if (cdnRefuses) {
            // What Instagram's CDN says to an expired signature: a 403 with a short text body.
            return new MockResponse.Builder().code(403).addHeader("Content-Type", "text/plain")
                    .body("URL signature expired").build();
        }
        String file = path.substring("/cdn/".length());
        int dot = file.lastIndexOf('.');
        String name = dot < 0 ? file : file.substring(0, dot);
        cdnRequestsByName.computeIfAbsent(name, any -> new AtomicInteger()).incrementAndGet();
        if (goneFromCdn.contains(name)) {
            return new MockResponse.Builder().code(404).body("gone").build();
        }
        java.util.function.Supplier<MockResponse> answer = cdnAnswers.get(name);
        if (answer != null) {
            return answer.get();
        }
        if (file.endsWith(".mp4")) {
            return new MockResponse.Builder().code(200).addHeader("Content-Type", "video/mp4")
                    .body(new okio.Buffer().write(videoBytes(videoSizes.getOrDefault(name, DEFAULT_VIDEO_BYTES)))).build();
        }
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "image/jpeg")
                .body(new okio.Buffer().write(pictureAt(path))).build();
    }

    public void delete(String mediaId) {
        accounts.values().forEach(account -> account.posts.removeIf(post -> post.get("id").asText().equals(mediaId)));
    }

    /** Every token of the account stops working, as after a password change (error 190, subcode 460). */
    public void revokeTokensOf(String userId) {
        tokens.forEach((token, owner) -> {
            if (owner.equals(userId)) {
                revoked.add(token);
            }
        });
    }

    /** The next media requests answer with these responses, in order, before normal service resumes. */
    public void failNextMedia(MockResponse... responses) {
        mediaFaults.addAll(List.of(responses));
    }

    /**
     * The next checks of a single post ({@code GET /{version}/{media-id}}, asked before a post that
     * waited goes out) answer with these responses, in order, before normal service resumes.
     */
    public void failNextMediaChecks(MockResponse... responses) {
        mediaCheckFaults.addAll(List.of(responses));
    }

    /** Checks of a single post, answered or failed. */
    public int mediaChecks() {
        return mediaChecks.get();
    }

    /**
     * What Instagram answers a request it finds malformed without saying more: HTTP 400, error
     * 100 "(#100) Invalid parameter", type OAuthException, and no {@code error_subcode}. Not a
     * "does not exist": that one carries subcode 33 (see {@link #doesNotExist}).
     */
    public static MockResponse invalidParameter() {
        return graphError(400, "OAuthException", 100, null, "(#100) Invalid parameter");
    }

    /**
     * Instagram's documented answer for an object that does not exist (a deleted post): HTTP 400,
     * type GraphMethodException, error 100 with {@code error_subcode} 33.
     */
    public static MockResponse doesNotExist(String id) {
        return graphError(400, "GraphMethodException", 100, 33, "Unsupported get request. Object with ID '" + id
                + "' does not exist, cannot be loaded due to missing permissions, or does not support this operation."
                + " Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api");
    }

    /** The next token refreshes answer with these responses, in order. */
    /**
     * The redirect URI registered for the app, as in the Meta dashboard: a code exchange naming
     * another one is refused, as Instagram does when {@code instagram.redirect-uri} does not match.
     */
    public void registeredRedirectUri(String uri) {
        registeredRedirectUri = uri;
    }

    public void failNextRefresh(MockResponse... responses) {
        refreshFaults.addAll(List.of(responses));
    }

    public int refreshRequests() {
        return refreshRequests.get();
    }

    /** The code exchange answers in the documented {"data": [...]} shape instead of the flat one. */
    public void useWrappedTokenAnswer(boolean wrapped) {
        this.wrappedTokenAnswer = wrapped;
    }

    /** Every picture from the CDN waits this long first (benchmarks: a CDN edge is nearer than the API). */
    public void setCdnDelayMillis(long millis) {
        this.cdnDelayMillis = millis;
    }

    /** Every answer of the API waits this long first (benchmarks: a realistic network); the CDN's see {@link #setCdnDelayMillis}. */
    public void setDelayMillis(long millis) {
        this.delayMillis = millis;
    }

    public int mediaRequests() {
        return mediaRequests.get();
    }

    /** Requests to the API (OAuth and Graph): picture downloads from the CDN are not counted here. */
    public int requestCount() {
        return server.getRequestCount() - cdnRequests.get();
    }

    /** Picture downloads from the CDN ({@code /cdn/...}), answered or refused. */
    public int cdnRequests() {
        return cdnRequests.get();
    }

    /** Downloads of {@code <name>.<any extension>} from the CDN, answered or not (none when refused before the name is read). */
    public int cdnRequests(String name) {
        AtomicInteger count = cdnRequestsByName.get(name);
        return count == null ? 0 : count.get();
    }

    /**
     * From now on the CDN answers 403 to every picture, as Instagram's signed addresses do once they
     * have expired (true), or serves them again (false).
     */
    public void cdnRefuses(boolean refuses) {
        this.cdnRefuses = refuses;
    }

    /**
     * Pictures of {@code size} bytes, different for every address (a JPEG start, the address, then
     * filler), instead of the same six bytes for all: for benchmarks, which must not have every
     * picture de-duplicated into one file.
     */
    public void servePicturesOf(int size) {
        byte[] filler = new byte[size];
        new java.util.Random(size).nextBytes(filler);
        this.pictureFiller = filler;
    }

    /**
     * What the CDN serves at {@code path} ({@code /cdn/<name>.jpg}): {@link #pictureBytes} of the
     * name, unless {@link #servePicturesOf} was called.
     */
    public byte[] pictureAt(String path) {
        byte[] filler = pictureFiller;
        if (filler == null) {
            String file = path.substring(path.lastIndexOf('/') + 1);
            int dot = file.lastIndexOf('.');
            return pictureBytes(dot < 0 ? file : file.substring(0, dot));
        }
        byte[] bytes = filler.clone();
        byte[] start = ("\u00FF\u00D8\u00FF" + path).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        System.arraycopy(start, 0, bytes, 0, Math.min(start.length, bytes.length));
        return bytes;
    }

    /** Method and full URL of every request, tokens included: tests check what was sent. */
    public List<String> requestLog() {
        return List.copyOf(requestLog);
    }

    /** Tokens this fake has issued, for secret-leak assertions. */
    public Set<String> issuedTokens() {
        return Set.copyOf(tokens.keySet());
    }

    private void addNewest(String userId, ObjectNode post) {
        accounts.get(userId).posts.add(0, post);
    }

    private MockResponse route(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        requestLog.add(request.getMethod() + " " + url + (request.getBody() == null ? "" : " " + request.getBody().utf8()));
        String path = url.encodedPath();
        try {
            if (path.equals("/oauth/authorize")) {
                return approve(url);
            }
            if (path.equals("/oauth/access_token") && request.getMethod().equals("POST")) {
                return exchangeCode(request);
            }
            if (path.equals("/refresh_access_token")) {
                refreshRequests.incrementAndGet();
                MockResponse fault = refreshFaults.poll();
                if (fault != null) {
                    return fault;
                }
            }
            if (path.equals("/access_token") || path.equals("/refresh_access_token")) {
                return longLived(url);
            }
            if (path.endsWith("/me")) {
                return profile(url);
            }
            if (path.endsWith("/me/media")) {
                return media(url);
            }
            if (path.matches("/v[0-9.]+/[0-9]+")) {
                return mediaItem(url);
            }
            if (path.startsWith("/cdn/")) {
                return cdn(path);
            }
            return error(404, 100, null, "Unknown path components: " + path);
        } catch (RuntimeException e) {
            return new MockResponse.Builder().code(500).body("fake instagram failed: " + e).build();
        }
    }

    /**
     * The consent screen, approved at once for the first account: redirects to the app's redirect
     * URI with a fresh code, the state, and Instagram's "#_" ending.
     */
    private MockResponse approve(HttpUrl url) {
        if (!CLIENT_ID.equals(url.queryParameter("client_id"))) {
            return oauthError("Invalid platform app");
        }
        String userId = accounts.keySet().stream().sorted().findFirst().orElseThrow();
        String location = url.queryParameter("redirect_uri") + "?code=" + issueCode(userId)
                + "&state=" + url.queryParameter("state") + "#_";
        return new MockResponse.Builder().code(302).addHeader("Location", location).build();
    }

    private MockResponse exchangeCode(RecordedRequest request) {
        Map<String, String> form = new java.util.HashMap<>();
        for (String pair : request.getBody().utf8().split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(java.net.URLDecoder.decode(kv[0], java.nio.charset.StandardCharsets.UTF_8),
                    kv.length > 1 ? java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8) : "");
        }
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            return oauthError("Invalid platform app");
        }
        if (!registeredRedirectUri.equals(form.get("redirect_uri"))) {
            return oauthError("Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request");
        }
        String userId = codes.remove(String.valueOf(form.get("code")));
        if (userId == null) {
            return oauthError("Matching code was not found or was already used");
        }
        String token = newToken("short", userId);
        String body = wrappedTokenAnswer
                ? "{\"data\":[{\"access_token\":\"" + token + "\",\"user_id\":\"" + userId + "\",\"permissions\":\"instagram_business_basic\"}]}"
                : "{\"access_token\":\"" + token + "\",\"user_id\":" + userId + ",\"permissions\":[\"instagram_business_basic\"]}";
        return ok(body);
    }

    private MockResponse longLived(HttpUrl url) {
        String owner = owner(url.queryParameter("access_token"));
        if (owner == null) {
            return error(400, 190, 467, "Invalid OAuth access token - Cannot parse access token");
        }
        if (url.encodedPath().equals("/access_token") && !CLIENT_SECRET.equals(url.queryParameter("client_secret"))) {
            return error(400, 101, null, "Error validating client secret.");
        }
        return ok("{\"access_token\":\"" + newToken("long", owner) + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}");
    }

    private MockResponse profile(HttpUrl url) {
        String owner = owner(url.queryParameter("access_token"));
        if (owner == null) {
            return error(400, 190, 460, "Error validating access token: The session has been invalidated because the user changed their password.");
        }
        FakeAccount account = accounts.get(owner);
        return ok("{\"user_id\":\"" + owner + "\",\"username\":\"" + account.username + "\",\"account_type\":\""
                + account.accountType + "\",\"profile_picture_url\":\"" + server.url("/cdn/profile-" + owner + ".jpg") + "\",\"id\":\"app" + owner + "\"}");
    }

    private MockResponse media(HttpUrl url) {
        mediaRequests.incrementAndGet();
        MockResponse fault = mediaFaults.poll();
        if (fault != null) {
            return fault;
        }
        String token = url.queryParameter("access_token");
        String owner = owner(token);
        if (owner == null) {
            return error(400, 190, 460, "Error validating access token: The session has been invalidated because the user changed their password.");
        }
        int limit = Integer.parseInt(url.queryParameter("limit") == null ? "25" : url.queryParameter("limit"));
        int start = url.queryParameter("after") == null ? 0 : Integer.parseInt(url.queryParameter("after"));
        List<ObjectNode> posts = new ArrayList<>(accounts.get(owner).posts);
        ObjectNode page = json.createObjectNode();
        ArrayNode data = page.putArray("data");
        // Like Instagram, only the fields asked for come back, children's too: a field the client forgets is missing.
        GraphFields fields = GraphFields.parse(url.queryParameter("fields"));
        posts.subList(Math.min(start, posts.size()), Math.min(start + limit, posts.size()))
                .forEach(post -> data.add(fields.select(post)));
        if (start + limit < posts.size()) {
            HttpUrl next = url.newBuilder().setQueryParameter("after", Integer.toString(start + limit)).build();
            page.putObject("paging").put("next", next.toString())
                    .putObject("cursors").put("after", "c" + (start + limit)).put("before", "c" + start);
        }
        return ok(page.toString());
    }

    private MockResponse mediaItem(HttpUrl url) {
        mediaChecks.incrementAndGet();
        MockResponse fault = mediaCheckFaults.poll();
        if (fault != null) {
            return fault;
        }
        if (owner(url.queryParameter("access_token")) == null) {
            return error(400, 190, 460, "Error validating access token");
        }
        String id = url.pathSegments().get(url.pathSize() - 1);
        boolean exists = accounts.values().stream()
                .anyMatch(account -> account.posts.stream().anyMatch(post -> post.get("id").asText().equals(id)));
        return exists ? ok("{\"id\":\"" + id + "\"}") : doesNotExist(id);
    }

    private String owner(String token) {
        if (token == null || revoked.contains(token)) {
            return null;
        }
        return tokens.get(token);
    }

    private String newToken(String kind, String userId) {
        String token = "test-" + kind + "-token-" + tokenCounter.incrementAndGet();
        tokens.put(token, userId);
        return token;
    }

    private static MockResponse ok(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse oauthError(String message) {
        return new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
                .body("{\"error_type\":\"OAuthException\",\"code\":400,\"error_message\":\"" + message + "\"}").build();
    }

    /** A Graph API error, shaped as documented. */
    public static MockResponse error(int status, int code, Integer subcode, String message) {
        return graphError(status, "OAuthException", code, subcode, message);
    }

    private static MockResponse graphError(int status, String type, int code, Integer subcode, String message) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body("{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\",\"code\":" + code
                        + (subcode == null ? "" : ",\"error_subcode\":" + subcode) + ",\"fbtrace_id\":\"AbCdEf\"}}").build();
    }

    @Override
    public void close() {
        server.close();
    }

    /**
     * Server sockets whose connections send at once (TCP_NODELAY). MockWebServer writes a response
     * in more than one piece; with Nagle's algorithm on, the last piece waits for the client's
     * delayed ACK, which adds about 40 ms to every answer on Linux loopback. Instagram's own
     * latency is what {@link #setDelayMillis} models, so the fake must not add its own.
     */
    private static final class NoDelayServerSockets extends javax.net.ServerSocketFactory {
        @Override
        public java.net.ServerSocket createServerSocket() throws IOException {
            return new java.net.ServerSocket() {
                @Override
                public java.net.Socket accept() throws IOException {
                    java.net.Socket socket = super.accept();
                    socket.setTcpNoDelay(true);
                    return socket;
                }
            };
        }

        @Override
        public java.net.ServerSocket createServerSocket(int port) {
            throw new UnsupportedOperationException("MockWebServer binds an unbound socket itself");
        }

        @Override
        public java.net.ServerSocket createServerSocket(int port, int backlog) {
            throw new UnsupportedOperationException("MockWebServer binds an unbound socket itself");
        }

        @Override
        public java.net.ServerSocket createServerSocket(int port, int backlog, java.net.InetAddress address) {
            throw new UnsupportedOperationException("MockWebServer binds an unbound socket itself");
        }
    }
}
