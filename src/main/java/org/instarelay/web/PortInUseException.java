package org.instarelay.web;

/**
 * The web face could not listen on its port. The message is one sentence for the operator,
 * naming the setting to change; there is deliberately no cause, so nothing prints a stack trace.
 */
public final class PortInUseException extends RuntimeException {
    PortInUseException(String bind, int port) {
        super("The web face could not listen on " + bind + ":" + port
                + " because another program uses that port; set http.port to a free port"
                + " (or leave it empty to turn the web face off). The bot runs on without it.",
                null, false, false);
    }
}
