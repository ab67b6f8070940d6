package org.instarelay.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake Instagram to try the bot without an Instagram app: serves the documented endpoints on
 * 127.0.0.1, approves every authorize link at once (the redirect's Location header carries the
 * code), and publishes a new post every {@code seconds}.
 *
 * <p>Run: {@code mvn -q -Pdemo-instagram} (see README), then point the instagram.*-url settings at
 * the address it prints.
 */
public final class DemoInstagram {
    private DemoInstagram() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        FakeInstagram instagram = new FakeInstagram();
        String user = "17841400000000042";
        instagram.addAccount(user, "demo_team");
        Instant start = Instant.now().minus(Duration.ofDays(3));
        for (int i = 1; i <= 3; i++) {
            instagram.publish(user, start.plus(Duration.ofHours(i)), "Existing post " + i);
        }
        String base = instagram.baseUrl();
        System.out.println("Fake Instagram on " + base + " (client id " + FakeInstagram.CLIENT_ID + ")");
        System.out.println("Settings for the bot (environment):");
        System.out.println("  export INSTARELAY_INSTAGRAM_CLIENT_ID=" + FakeInstagram.CLIENT_ID);
        System.out.println("  export INSTARELAY_INSTAGRAM_CLIENT_SECRET=" + FakeInstagram.CLIENT_SECRET);
        System.out.println("  export INSTARELAY_INSTAGRAM_REDIRECT_URI=" + FakeInstagram.REDIRECT_URI);
        System.out.println("  export INSTARELAY_INSTAGRAM_AUTHORIZE_URL=" + base + "oauth/authorize");
        System.out.println("  export INSTARELAY_INSTAGRAM_TOKEN_URL=" + base + "oauth/access_token");
        System.out.println("  export INSTARELAY_INSTAGRAM_GRAPH_URL=" + base);
        System.out.println("Open an authorize link with: curl -si '<link>' | grep Location");
        AtomicInteger count = new AtomicInteger();
        while (true) {
            Thread.sleep(seconds * 1000L);
            instagram.publish(user, Instant.now(), "New post " + count.incrementAndGet());
            System.out.println("Published New post " + count.get());
        }
    }
}
