package dev.pulsegrid.hooks;

import dev.pulsegrid.cluster.EventJson;
import dev.pulsegrid.cluster.MembershipEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code /bin/sh -c CMD} per transition, as Serf and Nagios event handlers do: the event in
 * environment variables and as one JSON line on standard input. Its stdout is discarded (watch's
 * stdout is machine-read JSON and must stay clean); its stderr goes to ours. On timeout the whole
 * process tree is killed, children first, so a {@code sh -c 'sleep 600'} leaves nothing behind.
 */
final class CommandAction implements EventAction {
    private static final Logger LOG = LoggerFactory.getLogger(CommandAction.class);
    private final String command;

    CommandAction(String command) {
        this.command = command;
    }

    @Override
    public String name() {
        return "cmd:" + command;
    }

    @Override
    public Outcome run(MembershipEvent e, String json, Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        environment(e, pb.environment());
        Process p;
        try {
            p = pb.start();
        } catch (IOException ex) {
            LOG.warn("event handler '{}' could not start: {}", command, ex.getMessage());
            return Outcome.FAILED;
        }
        try (OutputStream in = p.getOutputStream()) {
            in.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException ignored) {
            // the handler need not read its stdin; a closed pipe is its choice
        }
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                killTree(p);
                LOG.warn("event handler '{}' for {} {}→{} killed after {} ms", command, e.nodeId(), e.from(), e.to(),
                        timeout.toMillis());
                return Outcome.TIMED_OUT;
            }
        } catch (InterruptedException ex) {
            killTree(p);
            Thread.currentThread().interrupt();
            return Outcome.FAILED;
        }
        if (p.exitValue() != 0) {
            LOG.warn("event handler '{}' for {} {}→{} exited with {}", command, e.nodeId(), e.from(), e.to(), p.exitValue());
            return Outcome.FAILED;
        }
        return Outcome.OK;
    }

    static void environment(MembershipEvent e, Map<String, String> env) {
        env.put("PULSEGRID_NODE", e.nodeId());
        env.put("PULSEGRID_ADDR", e.addressText() == null ? "" : e.addressText());
        env.put("PULSEGRID_FROM", e.from() == null ? "" : e.from().name());
        env.put("PULSEGRID_TO", e.to() == null ? "" : e.to().name());
        env.put("PULSEGRID_REASON", e.reason() == null ? "" : e.reason());
        env.put("PULSEGRID_TS", EventJson.TS.format(Instant.ofEpochMilli(e.wallMillis())));
        env.put("PULSEGRID_KIND", e.kind().name());
        env.put("PULSEGRID_INCARNATION", Long.toString(e.incarnation()));
    }

    private static void killTree(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
