package org.instarelay.console;

import java.io.PrintStream;
import org.instarelay.auth.ConnectListener;
import org.instarelay.common.Surface;

/**
 * The console's side of connecting by approving alone: the operator ran {@code authorize} here
 * and approved in a browser, so the line saying it worked is printed here.
 */
public final class ConsoleConnects implements ConnectListener {
    private final PrintStream out;

    public ConsoleConnects(PrintStream out) {
        this.out = out;
    }

    @Override
    public void connected(WebConnect connect) {
        out.println(connect.words().apply(Surface.CONSOLE));
        out.flush();
    }
}
