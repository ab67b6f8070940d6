package org.instarelay.fakediscord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps method + decoded path (below {@code /api/v10/}) to a handler; first match wins. */
final class RouteTable {
    private record Route(String method, Pattern path, Function<RestCall, RestResponse> handler) {}

    private final List<Route> routes = new ArrayList<>();

    /** Registers a handler; {@code pathRegex} must match the whole path. */
    RouteTable on(String method, String pathRegex, Function<RestCall, RestResponse> handler) {
        routes.add(new Route(method, Pattern.compile(pathRegex), handler));
        return this;
    }

    Optional<RestResponse> dispatch(RecordedRequest request) {
        for (Route route : routes) {
            Matcher m = route.path().matcher(request.path());
            if (route.method().equals(request.method()) && m.matches()) {
                return Optional.of(route.handler().apply(new RestCall(request, m)));
            }
        }
        return Optional.empty();
    }
}
