package org.instarelay.pictures;

import java.io.IOException;
import java.net.InetAddress;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows one download's redirects by hand, each hop judged by {@link RedirectRule} against where
 * the download started, and made to exactly the addresses that were judged, all within the
 * download's one deadline. The client it is given follows no redirects by itself.
 */
final class RedirectChain {
    private static final Logger log = LoggerFactory.getLogger(PictureDownload.class);

    private final OkHttpClient http;

    /** @param shared the bot's one client: this chain derives its own from it, sharing its pools */
    RedirectChain(OkHttpClient shared) {
        this.http = shared.newBuilder().followRedirects(false).followSslRedirects(false)
                .addNetworkInterceptor(RedirectChain::recordPeer).build();
    }

    /** Where a request actually went, set by the network interceptor once it is connected. */
    private static final class Peer {
        volatile InetAddress address;
    }

    /** Notes the address a request is sent to (a pooled connection's too), for the request's {@link Peer}. */
    private static Response recordPeer(Interceptor.Chain chain) throws IOException {
        Peer peer = chain.request().tag(Peer.class);
        Connection connection = chain.connection();
        if (peer != null && connection != null) {
            peer.address = connection.route().socketAddress().getAddress();
        }
        return chain.proceed(chain.request());
    }

    /** The answer of the last hop, open; empty when a hop answered an error (logged). */
    Optional<Response> open(HttpUrl first, long deadline) throws IOException {
        HttpUrl current = first;
        OkHttpClient client = http;
        Set<AddressClass> origin = null;
        for (int hop = 1; ; hop++) {
            Peer peer = new Peer();
            Response response = call(client, current, peer, deadline).execute();
            if (!response.isRedirect()) {
                if (response.isSuccessful()) {
                    return Optional.of(response);
                }
                response.close();
                log.info("Picture {} answered HTTP {}; going on without it", current.host() + current.encodedPath(),
                        response.code());
                return Optional.empty();
            }
            String location = response.header("Location");
            response.close();
            HttpUrl next = location == null ? null : current.resolve(location);
            if (next == null) {
                throw new DownloadRefused("redirected without a usable address");
            }
            if (origin == null) {
                // Where the first request really went, not a second look-up that may answer otherwise.
                origin = peer.address != null ? EnumSet.of(AddressClass.of(peer.address)) : classes(lookUp(first));
            }
            List<InetAddress> checked = lookUp(next);
            Optional<String> refusal = RedirectRule.refusal(hop, current, next, origin, checked);
            if (refusal.isPresent()) {
                throw new DownloadRefused(refusal.get());
            }
            client = pinned(next.host(), checked);
            current = next;
        }
    }

    /**
     * The client with {@code host} resolving to the addresses just checked and nothing else: a
     * name that answers differently on a second look (DNS rebinding) cannot lead the hop inside.
     * Such a client shares the pools; it does not reuse their connections, which redirects rarely need.
     */
    private OkHttpClient pinned(String host, List<InetAddress> checked) {
        Dns usual = http.dns();
        return http.newBuilder().dns(name -> name.equalsIgnoreCase(host) ? checked : usual.lookup(name)).build();
    }

    private static Call call(OkHttpClient client, HttpUrl url, Peer peer, long deadline) throws IOException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new DownloadRefused("took longer than its deadline");
        }
        Call call = client.newCall(new Request.Builder().url(url).get().tag(Peer.class, peer).build());
        // The whole call, not each read: a byte a second never trips a read timeout.
        call.timeout().timeout(left, TimeUnit.NANOSECONDS);
        return call;
    }

    /** Where {@code url}'s host leads, as the client itself would resolve it ({@code localhost} is loopback). */
    private List<InetAddress> lookUp(HttpUrl url) throws IOException {
        return http.dns().lookup(url.host());
    }

    private static Set<AddressClass> classes(List<InetAddress> addresses) {
        Set<AddressClass> classes = EnumSet.noneOf(AddressClass.class);
        addresses.forEach(address -> classes.add(AddressClass.of(address)));
        return classes;
    }
}
