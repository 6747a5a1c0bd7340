package dev.pulsegrid.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Time from launching {@code java -jar target/pulsegrid.jar} to its window being mapped on the X
 * display, polled with {@code xwininfo}. Needs an X server: run under {@code xvfb-run -a}, after
 * {@code mvn package}.
 *
 * <p>Run: {@code mvn -q package -DskipTests && xvfb-run -a mvn -Pbench test-compile exec:exec -Dbench=WindowStartupBenchmark}
 */
public final class WindowStartupBenchmark {
    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target/pulsegrid.jar");
        if (!Files.exists(jar) || System.getenv("DISPLAY") == null) {
            System.err.println("needs target/pulsegrid.jar (mvn package) and an X display (xvfb-run -a)");
            System.exit(2);
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        double[] ms = new double[runs];
        for (int r = 0; r < runs; r++) {
            ms[r] = once(jar);
            System.out.printf(Locale.ROOT, "run %d: window after %.0f ms%n", r + 1, ms[r]);
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "launch to visible window: median %.0f ms, min %.0f ms, max %.0f ms (%d runs)%n",
                ms[runs / 2], ms[0], ms[runs - 1], runs);
    }

    private static double once(Path jar) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "gui", "--port", "0"));
        long start = System.nanoTime();
        Process app = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            while (app.isAlive()) {
                Process x = new ProcessBuilder("xwininfo", "-root", "-tree").redirectErrorStream(true).start();
                String tree = new String(x.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                x.waitFor();
                if (tree.contains("\"Pulsegrid\"")) {
                    return (System.nanoTime() - start) / 1e6;
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("the app exited before showing a window");
        } finally {
            app.destroy();
            app.waitFor();
        }
    }
}
