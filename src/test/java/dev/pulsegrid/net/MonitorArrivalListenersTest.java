package dev.pulsegrid.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The journal's arrival listener and the GUI's history listener both hear every heartbeat; removing one keeps the other. */
class MonitorArrivalListenersTest {

    private static void beat(Monitor m, String id) throws Exception {
        m.ingest(new Heartbeat(MessageType.HEARTBEAT, id, 1, 0, 0, 1000, Map.of()), new InetSocketAddress("127.0.0.1", 40000),
                "native");
        m.call(mem -> null).get(5, TimeUnit.SECONDS); // the membership thread has handled it
    }

    @Test
    void journalAndHistoryListenersBothHearArrivals() throws Exception {
        List<String> journal = new CopyOnWriteArrayList<>();
        List<String> history = new CopyOnWriteArrayList<>();
        try (Monitor m = Monitor.start(MonitorConfig.listeningOn(null))) {
            m.setHistoryListener((slot, id, ms) -> history.add(id));
            m.setArrivalListener((slot, id, ms) -> journal.add(id));
            beat(m, "a");
            m.setArrivalListener(null); // the journal closes
            beat(m, "b");
            m.setHistoryListener(null);
            beat(m, "c");
        }
        assertEquals(List.of("a"), journal);
        assertEquals(List.of("a", "b"), history);
    }
}
