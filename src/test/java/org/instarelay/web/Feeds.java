package org.instarelay.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test data: feeds of numbered posts, newest first. */
final class Feeds {
    static final String KEY = "k3yOfTheMountaineers_0123456789abcdef";

    private Feeds() {
    }

    static FeedView.Item post(int number, Instant published, List<FeedView.Picture> pictures) {
        return new FeedView.Item("1790" + number, "https://www.instagram.com/p/POST" + number + "/",
                "Summit day " + number + " <b>&</b> friends", published, "IMAGE", "FEED", true, pictures);
    }

    static FeedView.Picture picture(String url, int number) {
        return new FeedView.Picture(url, "image/jpeg", "Climbers on ridge " + number);
    }

    /** {@code count} posts an hour apart, the newest at {@code newest}, each with one picture at {@code pictureUrl}. */
    static FeedView feed(int count, Instant newest, String pictureUrl) {
        List<FeedView.Item> items = new ArrayList<>();
        for (int i = count; i >= 1; i--) {
            Instant at = newest.minus(Duration.ofHours(count - i));
            items.add(post(i, at, List.of(picture(pictureUrl, i))));
        }
        return new FeedView("mountaineers", "https://www.instagram.com/mountaineers/",
                "@mountaineers on Instagram", items);
    }
}
