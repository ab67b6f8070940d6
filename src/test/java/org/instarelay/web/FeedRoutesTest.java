package org.instarelay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@DisplayName("Web face: JSON Feed, RSS and the gallery")
class FeedRoutesTest {
    private static final String MEDIA = "http://search.yahoo.com/mrss/";
    private static final String PICTURE_URL = "http://bot.example.org/pictures/a.jpg";
    private static final String JSON = "/feeds/" + Feeds.KEY + ".json";
    @RegisterExtension
    final WebHarness web = new WebHarness();


    @Test
    @DisplayName("JSON Feed 1.1 lists the newest posts with pictures, alt texts and the _instagram object")
    void jsonFeed() throws Exception {
        // GIVEN a feed whose newest post is a carousel of two pictures
        FeedView base = Feeds.feed(2, WebHarness.START, PICTURE_URL);
        List<FeedView.Item> items = new ArrayList<>(base.items());
        items.set(0, new FeedView.Item("900", "https://www.instagram.com/p/CAR/", "Two views", WebHarness.START,
                "CAROUSEL_ALBUM", "FEED", true, List.of(Feeds.picture(PICTURE_URL, 1),
                        new FeedView.Picture("http://bot.example.org/pictures/b.png", "image/png", "The hut"))));
        web.feeds.put(Feeds.KEY, new FeedView(base.username(), base.profileUrl(), base.title(), items));
        // WHEN the JSON feed is fetched
        WebHarness.Answer answer = web.get(JSON);
        // THEN it is JSON Feed 1.1 with every field a reader needs
        assertEquals(200, answer.status());
        assertTrue(answer.header("Content-Type").startsWith("application/feed+json"));
        JsonNode feed = new ObjectMapper().readTree(answer.body());
        assertEquals("https://jsonfeed.org/version/1.1", feed.path("version").asText());
        assertEquals("https://www.instagram.com/mountaineers/", feed.path("home_page_url").asText());
        assertEquals("http://bot.example.org" + JSON, feed.path("feed_url").asText());
        JsonNode first = feed.path("items").get(0);
        assertEquals("900", first.path("id").asText());
        assertEquals("https://www.instagram.com/p/CAR/", first.path("url").asText());
        assertEquals("Two views", first.path("content_text").asText());
        assertEquals("2026-03-01T12:00:00Z", first.path("date_published").asText());
        assertEquals(PICTURE_URL, first.path("image").asText());
        assertEquals("image/png", first.path("attachments").get(1).path("mime_type").asText());
        assertEquals("CAROUSEL_ALBUM", first.path("_instagram").path("media_type").asText());
        assertEquals(2, first.path("_instagram").path("child_count").asInt());
        assertEquals("The hut", first.path("_instagram").path("alt_texts").get(1).asText());
        assertEquals(2, feed.path("items").size());
    }

    @Test
    @DisplayName("RSS 2.0 has one media:content per picture, a permalink guid and an RFC 822 date")
    void rss() throws Exception {
        // GIVEN a feed of three posts
        web.feeds.put(Feeds.KEY, Feeds.feed(3, WebHarness.START, PICTURE_URL));
        // WHEN the RSS feed is fetched
        WebHarness.Answer answer = web.get("/feeds/" + Feeds.KEY + ".xml");
        // THEN it parses as RSS 2.0 with Media RSS
        assertTrue(answer.header("Content-Type").startsWith("application/rss+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document rss = factory.newDocumentBuilder().parse(new ByteArrayInputStream(answer.body()));
        assertEquals("2.0", rss.getDocumentElement().getAttribute("version"));
        NodeList items = rss.getElementsByTagName("item");
        assertEquals(3, items.getLength());
        Element first = (Element) items.item(0);
        assertEquals("Summit day 3 <b>&</b> friends", first.getElementsByTagName("description").item(0).getTextContent());
        Element guid = (Element) first.getElementsByTagName("guid").item(0);
        assertEquals("true", guid.getAttribute("isPermaLink"));
        assertEquals("https://www.instagram.com/p/POST3/", guid.getTextContent());
        assertEquals("Sun, 1 Mar 2026 12:00:00 GMT", first.getElementsByTagName("pubDate").item(0).getTextContent());
        Element content = (Element) first.getElementsByTagNameNS(MEDIA, "content").item(0);
        assertEquals(PICTURE_URL, content.getAttribute("url"));
        assertEquals("image/jpeg", content.getAttribute("type"));
        assertEquals(3, rss.getElementsByTagNameNS(MEDIA, "content").getLength());
    }

    @Test
    @DisplayName("the gallery links every post and gives every picture its alt text, escaped")
    void gallery() throws Exception {
        // GIVEN a feed of two posts whose captions hold markup
        web.feeds.put(Feeds.KEY, Feeds.feed(2, WebHarness.START, PICTURE_URL));
        // WHEN the gallery is fetched
        WebHarness.Answer answer = web.get("/feeds/" + Feeds.KEY);
        // THEN each post is a linked tile with alt text, and the caption is text, not markup
        String html = answer.text();
        assertTrue(answer.header("Content-Type").startsWith("text/html"));
        assertTrue(html.contains("href=\"https://www.instagram.com/p/POST2/\""));
        assertTrue(html.contains("alt=\"Climbers on ridge 2\""));
        assertTrue(html.contains("Summit day 2 &lt;b&gt;&amp;&lt;/b&gt; friends"));
        assertFalse(html.contains("<b>"));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("style=\""));
    }

    @Test
    @DisplayName("30 posts by default, ?limit= up to 100, trial reels never")
    void limitsAndTrialReels() throws Exception {
        // GIVEN 120 posts, the newest one a trial reel
        FeedView base = Feeds.feed(120, WebHarness.START, PICTURE_URL);
        List<FeedView.Item> items = new ArrayList<>(base.items());
        FeedView.Item newest = items.get(0);
        items.set(0, new FeedView.Item(newest.id(), newest.permalink(), "trial", newest.published(), "VIDEO",
                "REELS", false, newest.pictures()));
        web.feeds.put(Feeds.KEY, new FeedView(base.username(), base.profileUrl(), base.title(), items));
        ObjectMapper json = new ObjectMapper();
        // WHEN the feed is fetched without, with a small and with the largest limit
        JsonNode byDefault = json.readTree(web.get(JSON).body());
        JsonNode five = json.readTree(web.get(JSON + "?limit=5").body());
        JsonNode most = json.readTree(web.get(JSON + "?limit=100").body());
        // THEN the counts follow, and the trial reel is in none of them
        assertEquals(30, byDefault.path("items").size());
        assertEquals(5, five.path("items").size());
        assertEquals(100, most.path("items").size());
        assertEquals("1790119", byDefault.path("items").get(0).path("id").asText());
        assertFalse(web.get(JSON + "?limit=100").text().contains("\"trial\""));
    }

    @Test
    @DisplayName("a website's script may read the JSON and RSS feeds from another origin, but may not frame them")
    void crossOriginReads() throws Exception {
        // GIVEN a feed
        web.feeds.put(Feeds.KEY, Feeds.feed(2, WebHarness.START, PICTURE_URL));
        // WHEN a script on another site fetches the feeds, and the gallery
        WebHarness.Answer json = web.get(JSON, "Origin", "https://team.example.org");
        WebHarness.Answer rss = web.get("/feeds/" + Feeds.KEY + ".xml", "Origin", "https://team.example.org");
        WebHarness.Answer gallery = web.get("/feeds/" + Feeds.KEY, "Origin", "https://team.example.org");
        // THEN the browser lets the script read both feeds; the gallery is for frames, not scripts
        assertEquals("*", json.header("Access-Control-Allow-Origin"));
        assertEquals("*", rss.header("Access-Control-Allow-Origin"));
        assertEquals(null, gallery.header("Access-Control-Allow-Origin"));
        assertEquals(null, json.header("Access-Control-Allow-Credentials"));
    }

    @Test
    @DisplayName("a bad ?limit= is a 400 that says what to send")
    void badLimit() throws Exception {
        web.feeds.put(Feeds.KEY, Feeds.feed(3, WebHarness.START, PICTURE_URL));
        for (String limit : List.of("0", "101", "abc", "-1", "2.5", "")) {
            // WHEN the limit is not a whole number from 1 to 100
            WebHarness.Answer answer = web.get(JSON + "?limit=" + limit);
            // THEN it is refused with the rule, as JSON since a script asked for JSON
            assertEquals(400, answer.status(), limit);
            assertTrue(answer.header("Content-Type").startsWith("application/json"), limit);
            JsonNode error = new ObjectMapper().readTree(answer.body());
            assertEquals("Bad limit", error.path("error").asText(), limit);
            assertTrue(error.path("message").asText().contains("whole number from 1 to 100"), limit);
        }
        // AND the RSS and gallery addresses still answer their HTML page
        WebHarness.Answer rss = web.get("/feeds/" + Feeds.KEY + ".xml?limit=0");
        assertEquals(400, rss.status());
        assertTrue(rss.header("Content-Type").startsWith("text/html"), rss.header("Content-Type"));
        assertTrue(rss.text().contains("whole number from 1 to 100"));
    }

    @Test
    @DisplayName("a browser's CORS preflight of the JSON and RSS feeds is allowed, and counted under the feed's route")
    void preflight() throws Exception {
        // GIVEN a feed
        web.feeds.put(Feeds.KEY, Feeds.feed(2, WebHarness.START, PICTURE_URL));
        // WHEN a browser preflights a script's conditional GET of each feed from another site
        for (String format : List.of(".json", ".xml")) {
            WebHarness.Answer answer = web.call("/feeds/" + Feeds.KEY + format, "OPTIONS",
                    "Origin", "https://team.example.org", "Access-Control-Request-Method", "GET",
                    "Access-Control-Request-Headers", "if-none-match");
            // THEN it may go ahead with GET or HEAD and the validators, and may remember that
            assertEquals(204, answer.status(), format);
            assertEquals("*", answer.header("Access-Control-Allow-Origin"), format);
            assertEquals("GET, HEAD", answer.header("Access-Control-Allow-Methods"), format);
            assertEquals("If-None-Match, If-Modified-Since", answer.header("Access-Control-Allow-Headers"), format);
            assertTrue(Integer.parseInt(answer.header("Access-Control-Max-Age")) > 0, format);
            assertEquals(null, answer.header("Access-Control-Allow-Credentials"), format);
        }
        // AND the gallery, made for frames, is not offered to scripts
        WebHarness.Answer gallery = web.call("/feeds/" + Feeds.KEY, "OPTIONS", "Origin", "https://team.example.org",
                "Access-Control-Request-Method", "GET");
        assertEquals(null, gallery.header("Access-Control-Allow-Origin"));
        // AND the metrics count the preflights under each feed's route template, never under the key
        String metrics = web.get("/metrics").text();
        assertTrue(metrics.contains("instarelay_http_requests_total{route=\"/feeds/{key}.json\",status=\"204\"} 1"), metrics);
        assertTrue(metrics.contains("instarelay_http_requests_total{route=\"/feeds/{key}.xml\",status=\"204\"} 1"), metrics);
        assertFalse(metrics.contains(Feeds.KEY), metrics);
    }

    @Test
    @DisplayName("ETag and Last-Modified give 304s, and an edited caption changes the ETag")
    void conditional() throws Exception {
        // GIVEN a feed fetched once
        web.feeds.put(Feeds.KEY, Feeds.feed(3, WebHarness.START, PICTURE_URL));
        WebHarness.Answer first = web.get(JSON);
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertEquals("Sun, 01 Mar 2026 12:00:00 GMT", lastModified);
        // WHEN it is asked again with either validator
        WebHarness.Answer byTag = web.get(JSON, "If-None-Match", etag);
        WebHarness.Answer byDate = web.get(JSON, "If-Modified-Since", lastModified);
        // THEN both are 304 without a body
        assertEquals(304, byTag.status());
        assertEquals(0, byTag.body().length);
        assertEquals(304, byDate.status());
        // WHEN a caption changes
        FeedView edited = Feeds.feed(3, WebHarness.START, PICTURE_URL);
        List<FeedView.Item> items = new ArrayList<>(edited.items());
        FeedView.Item item = items.get(0);
        items.set(0, new FeedView.Item(item.id(), item.permalink(), "Edited", item.published(), item.mediaType(),
                item.productType(), true, item.pictures()));
        web.feeds.put(Feeds.KEY, new FeedView(edited.username(), edited.profileUrl(), edited.title(), items));
        // THEN the old ETag no longer matches and the new body comes
        WebHarness.Answer changed = web.get(JSON, "If-None-Match", etag);
        assertEquals(200, changed.status());
        assertNotEquals(etag, changed.header("ETag"));
        assertTrue(changed.text().contains("Edited"));
    }
}
