package dev.pulsegrid.protocol.collectd;

import java.util.TreeSet;

/** What one packet has said about one host so far; becomes a {@link CollectdHostRecord}. */
final class HostAccumulator {
    private final String host;
    private final SecurityLevel protection;
    private final String user;
    private final TreeSet<String> plugins = new TreeSet<>();
    private final TreeSet<String> types = new TreeSet<>();
    private long timeMillis;
    private int intervalMillis;
    private int valueLists;

    HostAccumulator(String host, SecurityLevel protection, String user) {
        this.host = host;
        this.protection = protection;
        this.user = user;
    }

    void add(ValueListCursor c) {
        if (c.plugin != null) {
            plugins.add(c.plugin);
        }
        if (c.type != null) {
            types.add(c.type);
        }
        timeMillis = Math.max(timeMillis, c.timeMillis);
        if (c.intervalMillis > 0) {
            intervalMillis = c.intervalMillis;
        }
        valueLists++;
    }

    CollectdHostRecord toRecord() {
        return new CollectdHostRecord(host, timeMillis, intervalMillis, plugins, types, valueLists, protection, user);
    }
}
