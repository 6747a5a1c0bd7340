package dev.pulsegrid.net;

import java.util.Map;

/**
 * One ingest source's running totals (native, collectd, ganglia, gossip), read from its counters at
 * one moment; the ingest health view turns two of them into rates.
 *
 * @param source    "native", "collectd", "ganglia", "gossip"
 * @param datagrams datagrams received
 * @param bytes     their payload bytes
 * @param accepted  heartbeats handed to membership
 * @param rejects   dropped datagrams by reason label ("bad-signature"...), sorted by reason
 */
public record SourceTally(String source, long datagrams, long bytes, long accepted, Map<String, Long> rejects) {
    public SourceTally {
        rejects = Map.copyOf(rejects);
    }

    public long rejected() {
        return rejects.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The label a decode error goes by next to collectd's and gmond's reasons: {@code BAD_SIGNATURE} is "bad-signature". */
    public static String label(Enum<?> reason) {
        return reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
