package dev.pulsegrid.metrics;

import java.util.Map;

/**
 * One ingest source's counters as the exporter shows them (native, collectd, ganglia...). Plain
 * numbers so this package needs nothing from {@code net}; the caller reads its counters into it.
 *
 * @param source     source label, e.g. "native"
 * @param datagrams  datagrams received
 * @param heartbeats heartbeats delivered to membership
 * @param dropped    datagrams dropped, by reason label
 */
public record IngestStats(String source, long datagrams, long heartbeats, Map<String, Long> dropped) {
    public IngestStats {
        dropped = Map.copyOf(dropped);
    }
}
