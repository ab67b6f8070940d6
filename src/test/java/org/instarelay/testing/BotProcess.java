package org.instarelay.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * {@code java -jar target/instarelay.jar run} (or {@code console}) in a JVM of its own, configured
 * the way an operator would in a container: only {@code INSTARELAY_*} variables, and a
 * {@code --config} file that does not exist. Its output is read on threads of its own so the bot
 * never blocks on a full pipe; its input stays open until {@link #closeInput()}, because end of
 * input ends the console.
 *
 * <p>For the faults only a real process shows: a second process on the same database, {@code kill -9}
 * mid-send. The jar exists from the {@code package} phase on, so tests using this are {@code *ProcessIT}
 * classes, which Maven's failsafe plugin runs after packaging ({@link #jar()}).
 */
public final class BotProcess implements AutoCloseable {
    private final Process process;
    private final OutputStream input;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> printed = new CopyOnWriteArrayList<>();

    private static final java.util.concurrent.atomic.AtomicInteger STARTED = new java.util.concurrent.atomic.AtomicInteger();
    private final Path logFile;

    private BotProcess(Process process, Path logFile) {
        this.process = process;
        this.logFile = logFile;
        this.input = process.getOutputStream();
        drain(process.getInputStream(), line -> {
            printed.add(line);
            lines.add(line);
        }, "bot-out");
        drain(process.getErrorStream(), errors::add, "bot-err");
    }

    /** The shaded jar: {@code instarelay.jar} as the failsafe plugin names it, else {@code target/instarelay.jar}. */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("instarelay.jar", "target/instarelay.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: real-process tests run after "
                    + "`mvn package` (they are *ProcessIT classes, run by `mvn verify`)");
        }
        return jar;
    }

    /** The JVM running the tests, so the bot runs on the same Java. */
    public static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** {@code console} from {@code jar}, as {@link #start(Path, Path, String, Map, String...)} says. */
    public static BotProcess console(Path jar, Path folder, Map<String, String> settings, String... jvmOptions)
            throws IOException {
        return start(jar, folder, "console", settings, jvmOptions);
    }

    /**
     * @param jar        the shaded jar
     * @param folder     working folder: the database, logs and (missing) config file live here
     * @param mode       {@code run}, {@code console} or {@code check}
     * @param settings   setting key to value, passed as the variables {@link ConfigKeys} names
     * @param jvmOptions options before {@code -jar}; the measured runs pass none
     */
    public static BotProcess start(Path jar, Path folder, String mode, Map<String, String> settings,
                                   String... jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaBinary().toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(),
                "--config", folder.resolve("bot.properties").toString(), mode));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        Map<String, String> environment = builder.environment();
        // The caller's own INSTARELAY_* variables and JVM options must not leak into a measurement.
        environment.keySet().removeIf(name -> name.startsWith(ConfigKeys.ENVIRONMENT_PREFIX));
        environment.remove("JAVA_TOOL_OPTIONS");
        settings.forEach((key, value) -> environment.put(ConfigKeys.environmentVariable(key), value));
        // Each process its own log folder: two bots on one database must not share (or rotate) one file.
        int number = STARTED.incrementAndGet();
        Path logs = folder.resolve(number == 1 ? "logs" : "logs-" + number);
        environment.put("INSTARELAY_LOG_DIR", logs.toString());
        return new BotProcess(builder.start(), logs.resolve("instarelay.log"));
    }

    public long pid() {
        return process.pid();
    }

    public void send(String line) throws IOException {
        input.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        input.flush();
    }

    /** The next line the console printed, or null if none came in time. */
    public String nextLine(Duration timeout) throws InterruptedException {
        return lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** End of input: the console's way to quit. */
    public void closeInput() throws IOException {
        input.close();
    }

    /** Waits for the process to end; its exit code, or null if it did not end in time. */
    public Integer awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    /** Every line it printed on standard output so far, whether or not {@link #nextLine} took it. */
    public List<String> printed() {
        return new ArrayList<>(printed);
    }

    /** Waits until it printed a line containing {@code text} (standard output or error); false if none came in time. */
    public boolean awaitPrinted(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (printed.stream().anyMatch(line -> line.contains(text))
                    || errors.stream().anyMatch(line -> line.contains(text))) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Its log file as written so far (INFO and up); empty before the first line. */
    public String log() {
        try {
            return Files.isRegularFile(logFile) ? Files.readString(logFile, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits until its log holds {@code text}; false if it ended or the text did not come in time. */
    public boolean awaitLogged(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (log().contains(text)) {
                return true;
            }
            if (!process.isAlive()) {
                return log().contains(text);
            }
            Thread.sleep(50);
        }
        return false;
    }

    /**
     * Waits for {@code run}'s "InstaRelay is running" log line: logged in, commands registered,
     * listening. Fails with what the process wrote if it ended or did not get there in time.
     */
    public void awaitRunning(Duration timeout) throws InterruptedException {
        if (!awaitLogged("InstaRelay is running", timeout)) {
            throw new AssertionError("the bot process did not start (alive: " + process.isAlive() + "); printed: "
                    + printed() + "; errors: " + errors() + "; log: " + log());
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** {@code kill -9}: the process ends at once, with no shutdown hook, mid-whatever it was doing. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** SIGTERM, as {@code systemctl stop} sends; its exit code, or null if it did not end in time. */
    public Integer terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        return awaitExit(timeout);
    }

    /** What it wrote to standard error (warnings about the settings, for instance). */
    public List<String> errors() {
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
