package org.instarelay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.instarelay.pictures.KeptPicture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

@DisplayName("Web face in a real browser: gallery and callback pages")
@Timeout(120)
class WebPagesBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    @RegisterExtension
    final WebHarness web = new WebHarness();
    /** A fresh profile per test, so no state of an earlier run can make a page look fine. */
    @TempDir
    Path profile;
    private ChromeDriver driver;

    @BeforeEach
    void start() {
        Assumptions.assumeTrue(Browser.installed(), Browser.MISSING);
        driver = Browser.start(profile);
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @DisplayName("the gallery loads every kept picture, gives each alt text, logs no error and fits 375 px")
    void gallery() throws Exception {
        // GIVEN a feed of six posts whose pictures the bot keeps, one with a very long caption
        List<FeedView.Item> items = new ArrayList<>();
        for (int i = 6; i >= 1; i--) {
            KeptPicture kept = web.pictures.keep(png(new Color(40 * i, 120, 200 - 20 * i)), "image/png").orElseThrow();
            String caption = i == 6 ? "A_very_long_unbroken_caption_".repeat(12) : "Ridge walk " + i + " ⛰️ #alps";
            items.add(new FeedView.Item("id" + i, "https://www.instagram.com/p/P" + i + "/", caption,
                    WebHarness.START.minus(Duration.ofDays(6 - i)), "IMAGE", "FEED", true,
                    List.of(new FeedView.Picture(web.url("/pictures/" + kept.name()), kept.mimeType(), "Ridge " + i))));
        }
        web.feeds.put(Feeds.KEY, new FeedView("mountaineers", "https://www.instagram.com/mountaineers/",
                "@mountaineers on Instagram", items));
        String gallery = web.url("/feeds/" + Feeds.KEY);

        // WHEN it is opened at desktop width
        driver.get(gallery);
        // THEN every picture loads and has alt text, and nothing went wrong
        assertPicturesLoaded(6);
        driver.executeScript("window.scrollTo(0, 0);");
        screenshot("gallery-desktop.png");
        assertEquals(List.of(), Browser.consoleErrors(driver));

        // WHEN it is opened at phone width
        driver.manage().window().setSize(new Dimension(375, 812));
        driver.get(gallery);
        long width = (Long) driver.executeScript("return window.innerWidth;");
        assertTrue(width <= 400, "the window really is phone-sized: " + width);
        // THEN nothing overflows sideways, and the pictures still load
        assertNoHorizontalOverflow();
        assertPicturesLoaded(6);
        driver.executeScript("window.scrollTo(0, 0);");
        screenshot("gallery-375.png");
        assertEquals(List.of(), Browser.consoleErrors(driver));
    }

    @Test
    @DisplayName("the callback's success and refusal pages render cleanly at desktop and 375 px")
    void callbackPages() throws Exception {
        // GIVEN an authorize link issued for #photos
        web.callback.issue("state-1", new FakeCallback.Issued("mountaineers", "photos",
                web.clock.instant().plus(Duration.ofMinutes(15)), false));
        for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(375, 812))) {
            driver.manage().window().setSize(size);
            // WHEN Instagram sends the browser back, and again after a refusal
            driver.get(web.url("/instagram/callback?code=abc&state=state-1"));
            // THEN the page says so in words, fits, and logs nothing
            assertTrue(driver.findElement(By.tagName("body")).getText()
                    .contains("Connected @mountaineers. New posts go to #photos. You can close this tab."));
            assertNoHorizontalOverflow();
            screenshot("callback-connected-" + size.getWidth() + ".png");
            driver.get(web.url("/instagram/callback?error=access_denied&error_reason=user_denied"));
            assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Not connected"));
            assertNoHorizontalOverflow();
            driver.get(web.url("/instagram/callback?code=zzz&state=never-issued"));
            assertTrue(driver.findElement(By.tagName("body")).getText().contains("/instagram authorize"));
            assertNoHorizontalOverflow();
            screenshot("callback-refused-" + size.getWidth() + ".png");
            assertEquals(List.of(), Browser.consoleErrors(driver));
        }
    }

    @Test
    @DisplayName("another website can frame the gallery, but not the callback page")
    void framing() throws Exception {
        // GIVEN a gallery of one kept picture, and a website on another origin that frames it and the callback
        KeptPicture kept = web.pictures.keep(png(Color.ORANGE), "image/png").orElseThrow();
        web.feeds.put(Feeds.KEY, new FeedView("mountaineers", "https://www.instagram.com/mountaineers/",
                "@mountaineers on Instagram", List.of(new FeedView.Item("id1", "https://www.instagram.com/p/P1/",
                        "Ridge", WebHarness.START, "IMAGE", "FEED", true,
                        List.of(new FeedView.Picture(web.url("/pictures/" + kept.name()), "image/png", "Ridge"))))));
        String callback = web.url("/instagram/callback?error=access_denied");
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            byte[] page = ("<!DOCTYPE html><html><body><iframe id=\"gallery\" width=\"600\" height=\"400\" src=\""
                    + web.url("/feeds/" + Feeds.KEY) + "\"></iframe><iframe id=\"callback\" src=\"" + callback
                    + "\"></iframe></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        site.start();
        try {
            // WHEN the website is opened (localhost is another origin than 127.0.0.1)
            driver.get("http://localhost:" + site.getAddress().getPort() + "/");
            // THEN the gallery shows inside it, picture loaded
            driver.switchTo().frame("gallery");
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.tagName("img")).isEmpty());
            assertPicturesLoaded(1);
            driver.switchTo().defaultContent();
            // AND the browser refused to frame the callback page, for its frame-ancestors 'none'
            List<String> errors = Browser.consoleErrors(driver);
            assertTrue(errors.stream().anyMatch(e -> e.contains("frame-ancestors 'none'")), errors.toString());
            assertEquals(1, errors.size(), errors.toString());
        } finally {
            site.stop(0);
        }
    }

    private void assertPicturesLoaded(int expected) {
        List<WebElement> images = driver.findElements(By.tagName("img"));
        assertEquals(expected, images.size());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        for (WebElement image : images) {
            // Tiles are lazy-loaded: bring each into view, then wait for it to finish.
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", image);
            wait.until(d -> (Boolean) driver.executeScript("return arguments[0].complete;", image));
            long natural = (Long) driver.executeScript("return arguments[0].naturalWidth;", image);
            assertTrue(natural > 0, "picture did not load: " + image.getAttribute("src"));
            String alt = image.getAttribute("alt");
            assertFalse(alt == null || alt.isBlank(), "picture without alt: " + image.getAttribute("src"));
        }
    }

    private void assertNoHorizontalOverflow() {
        long scroll = (Long) driver.executeScript("return document.documentElement.scrollWidth;");
        long client = (Long) driver.executeScript("return document.documentElement.clientWidth;");
        assertTrue(scroll <= client, "page is " + scroll + " px wide in a " + client + " px window");
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static byte[] png(Color color) throws Exception {
        BufferedImage image = new BufferedImage(320, 320, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, 320, 320);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(80, 80, 160, 160);
        graphics.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
