package org.instarelay.instagram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.instarelay.common.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request and hands back the answer as a JSON object, or a classified exception.
 *
 * <p>The single place that touches the network, so the rules hold everywhere: the usage gate is
 * checked first, every response is closed, usage headers are read on every answer (errors
 * included), and nothing that could carry a secret (the address, OkHttp's messages) is logged or
 * copied into a message.
 */
final class Transport {

    private static final Logger log = LoggerFactory.getLogger(Transport.class);

    private final OkHttpClient http;
    private final ObjectMapper json;
    private final UsageGate gate;
    private final RequestObserver observer;

    Transport(OkHttpClient http, ObjectMapper json, UsageGate gate, RequestObserver observer) {
        this.http = http;
        this.json = json;
        this.gate = gate;
        this.observer = observer;
    }

    /**
     * Executes {@code request}.
     *
     * @param secrets what this request carries, to cut out of any text Instagram echoes back
     * @return the body, a JSON object without an {@code error}
     */
    JsonNode send(Request request, List<Secret> secrets) throws InstagramException {
        gate.check();
        String host = request.url().host();
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            log.debug("Instagram {} {} -> HTTP {}", request.method(), request.url().encodedPath(), response.code());
            UsageReport usage = UsageReport.from(response.headers(), json);
            gate.observe(usage);
            JsonNode root = parse(body);
            if (response.isSuccessful() && root != null && root.isObject() && !root.has("error")) {
                observer.requestEnded(RequestObserver.OK);
                return root;
            }
            InstagramException failure = ErrorClassifier.classify(response.code(), root, usage, secrets);
            observer.requestEnded(RequestObserver.outcomeOf(failure.kind()));
            if (failure.kind() == InstagramException.Kind.RATE_LIMITED && failure.appWide()) {
                gate.shutFor(failure.retryAfter().orElse(UsageGate.DEFAULT_APP_WIDE_WAIT));
            }
            throw failure;
        } catch (IOException e) {
            log.debug("Instagram {} {} failed: {}", request.method(), request.url().encodedPath(),
                    e.getClass().getSimpleName());
            InstagramException failure = ErrorClassifier.network(e, host);
            observer.requestEnded(RequestObserver.outcomeOf(failure.kind()));
            throw failure;
        }
    }

    /** The body as JSON, or null when it is empty or not JSON (a proxy's HTML page, say). */
    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the body, which may hold a token: drop it.
            return null;
        }
    }
}
