package dev.pulsegrid.journal;

import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.SystemClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Child process of {@link JournalDurabilityTest}: writes numbered events (incarnation = 1, 2, 3, ...)
 * and arrivals until killed, printing {@code committed N} after each commit that made events 1..N durable.
 */
public final class DurabilityChild {
    private DurabilityChild() {
    }

    public static void main(String[] args) throws Exception {
        Journal journal = Journal.open(Path.of(args[0]));
        WriterOptions options = new WriterOptions(131_072, 100_000, 1_000_000, 5_000, Duration.ofMillis(50),
                RetentionPolicy.DEFAULT);
        JournalWriter writer = JournalWriter.start(journal, SystemClock.INSTANCE, options);
        writer.setCommitListener((commit, events, arrivals) -> {
            System.out.println("committed " + events);
            System.out.flush();
        });
        for (long seq = 1; ; seq++) {
            writer.record(new JournalEvent(0, System.currentTimeMillis(), EventKind.TRANSITION, "node-" + (seq % 100),
                    NodeState.ALIVE, NodeState.SUSPECT, "seq " + seq, "127.0.0.1:9797", seq, Map.of("k", "v")));
            writer.recordArrival("node-" + (seq % 100), System.currentTimeMillis());
            if (seq % 500 == 0) {
                Thread.sleep(5);
            }
        }
    }
}
