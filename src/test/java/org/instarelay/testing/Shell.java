package org.instarelay.testing;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Runs a system command for a test that needs the machine's own tools (chattr, mount). */
public final class Shell {
    private Shell() {}

    /** Whether {@code command} ran and exited 0 within 20 seconds; its output is read and dropped. */
    public static boolean succeeds(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
