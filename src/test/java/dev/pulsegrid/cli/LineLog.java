package dev.pulsegrid.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The lines a child process writes to one stream, read on a daemon thread and awaited with a deadline. */
final class LineLog {
    private final BlockingQueue<String> incoming = new LinkedBlockingQueue<>();
    private final List<String> unmatched = new ArrayList<>();

    private LineLog() {
    }

    static LineLog of(InputStream in) {
        LineLog log = new LineLog();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    log.incoming.add(l);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        t.setDaemon(true);
        t.start();
        return log;
    }

    /**
     * The first line containing every fragment, waiting up to {@code seconds}. Lines read earlier
     * and not yet matched count too, so transitions that arrive in any order can be awaited one by one.
     */
    String await(int seconds, String... mustContain) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int checked = 0;
        while (true) {
            for (; checked < unmatched.size(); checked++) {
                String l = unmatched.get(checked);
                if (containsAll(l, mustContain)) {
                    unmatched.remove(checked);
                    return l;
                }
            }
            if (System.nanoTime() > deadline) {
                fail("no line with " + List.of(mustContain) + "; saw " + unmatched);
            }
            String l = incoming.poll(200, TimeUnit.MILLISECONDS);
            if (l != null) {
                unmatched.add(l);
            }
        }
    }

    private static boolean containsAll(String line, String[] fragments) {
        for (String f : fragments) {
            if (!line.contains(f)) {
                return false;
            }
        }
        return true;
    }
}
