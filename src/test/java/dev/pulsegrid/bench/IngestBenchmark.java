package dev.pulsegrid.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ingest ceiling of the real commands: `watch` in one JVM, `simulate` in another, on loopback.
 * For each rate, simulate sends {@code rate} nodes at 1 Hz for 25 s. Two losses are reported: over
 * the whole run (1 - accepted/sent, from the processes' own final tallies; includes JIT warm-up
 * and every node's first contact), and in steady state (seconds 10..24, from watch's once-a-second
 * ingest line: kernel receive-buffer drops per second over the offered rate).
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec -Dbench=IngestBenchmark [-Dbench.args="25000 50000 100000"]}
 */
public final class IngestBenchmark {
    private static final Pattern PORT = Pattern.compile("listening on UDP .*:(\\d+) ");
    private static final Pattern ACCEPTED = Pattern.compile("accepted (\\d+), rejected (\\d+), kernel drops (\\S+)");
    private static final Pattern SENT = Pattern.compile("done; sent (\\d+) datagrams in ([0-9.]+)s");
    private static final Pattern HEALTH = Pattern.compile("ingest ([0-9,]+) dgram/s .* kernel drops ([0-9,]+)/s");

    public static void main(String[] args) throws Exception {
        int seconds = 25;
        List<Integer> rates = new ArrayList<>();
        for (String a : args) {
            rates.add(Integer.parseInt(a));
        }
        if (rates.isEmpty()) {
            rates.addAll(List.of(25_000, 50_000, 100_000, 150_000, 200_000, 250_000, 300_000));
        }
        System.out.println("rate/s    sent      accepted  loss%-all  steady-in/s  steady-drop/s  loss%-steady  achieved-send/s");
        for (int rate : rates) {
            run(rate, seconds);
        }
    }

    private static void run(int rate, int seconds) throws Exception {
        Process watch = java("watch", "--no-journal", "--bind", "127.0.0.1", "--port", "0", "--summary-every", "1s");
        AtomicReference<String> watchTail = new AtomicReference<>("");
        int port = Integer.parseInt(awaitMatch(watch, PORT, watchTail).group(1));
        Process sim = java("simulate", "--to", "127.0.0.1:" + port, "--nodes", Integer.toString(rate),
                "--interval", "1s", "--jitter", "0ms", "--duration", seconds + "s", "--report-every", "0s");
        AtomicReference<String> simTail = new AtomicReference<>("");
        Matcher sent = awaitMatch(sim, SENT, simTail);
        sim.waitFor();
        Thread.sleep(500); // let the last datagrams drain
        watch.toHandle().destroy(); // SIGTERM without closing our end of its pipes
        List<long[]> health = new ArrayList<>();
        Matcher acc = awaitMatch(watch, ACCEPTED, watchTail, health);
        long in = 0;
        long drops = 0;
        int n = 0;
        for (int i = 10; i < Math.min(health.size(), seconds - 1); i++) {
            in += health.get(i)[0];
            drops += health.get(i)[1];
            n++;
        }
        double steadyIn = n == 0 ? 0 : (double) in / n;
        double steadyDrop = n == 0 ? 0 : (double) drops / n;
        long s = Long.parseLong(sent.group(1));
        long a = Long.parseLong(acc.group(1));
        double secs = Double.parseDouble(sent.group(2));
        System.out.printf(Locale.ROOT, "%-9d %-9d %-9d %-10.3f %-12.0f %-14.0f %-13.3f %.0f%n", rate, s, a,
                100.0 * (s - a) / Math.max(1, s), steadyIn, steadyDrop, 100.0 * steadyDrop / rate, s / secs);
        watch.waitFor(10, TimeUnit.SECONDS);
    }

    private static final java.util.Map<Process, BufferedReader> READERS = new java.util.HashMap<>();

    private static Process java(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), "dev.pulsegrid.Launcher"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Matcher awaitMatch(Process p, Pattern pattern, AtomicReference<String> tail) throws IOException {
        return awaitMatch(p, pattern, tail, new ArrayList<>());
    }

    private static Matcher awaitMatch(Process p, Pattern pattern, AtomicReference<String> tail, List<long[]> health)
            throws IOException {
        BufferedReader r = READERS.computeIfAbsent(p,
                k -> new BufferedReader(new InputStreamReader(k.getErrorStream(), StandardCharsets.UTF_8)));
        for (String line; (line = r.readLine()) != null; ) {
            tail.set(line);
            Matcher h = HEALTH.matcher(line);
            if (h.find()) {
                health.add(new long[] {Long.parseLong(h.group(1).replace(",", "")), Long.parseLong(h.group(2).replace(",", ""))});
            }
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                return m;
            }
        }
        throw new IllegalStateException("process ended without printing " + pattern + "; last line: " + tail.get());
    }
}
