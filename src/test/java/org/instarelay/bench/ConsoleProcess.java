package org.instarelay.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.instarelay.config.ConfigKeys;

/**
 * {@code java -jar target/instarelay.jar console} in a JVM of its own, configured the way an
 * operator would in a container: only {@code INSTARELAY_*} variables, and a {@code --config} file
 * that does not exist. Its output is read on threads of its own so the console never blocks on a
 * full pipe; its input stays open until {@link #closeInput()}, because end of input ends the console.
 */
final class ConsoleProcess implements AutoCloseable {
    private final Process process;
    private final OutputStream input;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();

    private ConsoleProcess(Process process) {
        this.process = process;
        this.input = process.getOutputStream();
        drain(process.getInputStream(), lines::add, "console-out");
        drain(process.getErrorStream(), errors::add, "console-err");
    }

    /**
     * @param jar        the shaded jar
     * @param folder     working folder: the database, logs and (missing) config file live here
     * @param settings   setting key to value, passed as the variables {@link ConfigKeys} names
     * @param jvmOptions options before {@code -jar}; the measured runs pass none
     */
    static ConsoleProcess start(Path jar, Path folder, Map<String, String> settings, String... jvmOptions)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Machine.javaBinary().toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(),
                "--config", folder.resolve("bot.properties").toString(), "console"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        Map<String, String> environment = builder.environment();
        // The caller's own INSTARELAY_* variables and JVM options must not leak into a measurement.
        environment.keySet().removeIf(name -> name.startsWith(ConfigKeys.ENVIRONMENT_PREFIX));
        environment.remove("JAVA_TOOL_OPTIONS");
        settings.forEach((key, value) -> environment.put(ConfigKeys.environmentVariable(key), value));
        environment.put("INSTARELAY_LOG_DIR", folder.resolve("logs").toString());
        return new ConsoleProcess(builder.start());
    }

    long pid() {
        return process.pid();
    }

    void send(String line) throws IOException {
        input.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        input.flush();
    }

    /** The next line the console printed, or null if none came in time. */
    String nextLine(Duration timeout) throws InterruptedException {
        return lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** End of input: the console's way to quit. */
    void closeInput() throws IOException {
        input.close();
    }

    /** Waits for the process to end; its exit code, or null if it did not end in time. */
    Integer awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    /** What it wrote to standard error (warnings about the settings, for instance). */
    List<String> errors() {
        return new ArrayList<>(errors);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void drain(InputStream stream, Consumer<String> sink, String name) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    sink.accept(line);
                }
            } catch (IOException e) {
                // The process ended; nothing more to read.
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }
}
