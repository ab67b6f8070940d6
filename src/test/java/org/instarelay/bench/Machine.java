package org.instarelay.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The machine the figures come from, in the words of the commands people would type to check it. */
final class Machine {
    private Machine() {}

    /** The 1-, 5- and 15-minute load averages: other work on the machine shows up in the figures. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "unknown";
        }
    }

    static List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("$ nproc");
        lines.addAll(command("nproc"));
        lines.add("$ java -version   (" + javaBinary() + ")");
        lines.addAll(command(javaBinary().toString(), "-version"));
        lines.add("CPU: " + cpuInfo("model name"));
        lines.add("memory: " + memory());
        lines.add("OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        return lines;
    }

    /** The java that runs the benchmark, which is also the one that runs the console processes. */
    static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static List<String> command(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            return output.strip().lines().toList();
        } catch (IOException e) {
            return List.of("(" + String.join(" ", command) + " failed: " + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of("(interrupted)");
        }
    }

    private static String cpuInfo(String key) {
        return procLine(Path.of("/proc/cpuinfo"), key);
    }

    /** MemTotal from /proc/meminfo, in GiB. */
    private static String memory() {
        String total = procLine(Path.of("/proc/meminfo"), "MemTotal");
        try {
            long kib = Long.parseLong(total.replace("kB", "").strip());
            return Format.number(Math.round(kib / 1024.0 / 1024.0 * 10) / 10.0) + " GiB";
        } catch (NumberFormatException e) {
            return total;
        }
    }

    private static String procLine(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown (" + file + " unreadable)";
        }
    }
}
