package dev.pulsegrid.ui;

/**
 * One line of the ingest health window's per-source table.
 *
 * @param source             native, collectd, ganglia or gossip
 * @param running            false for a source that is not listening (its numbers are zero)
 * @param datagramsPerSecond over the last sampling interval
 * @param datagrams          since the source started
 * @param accepted           heartbeats handed to membership since it started
 * @param rejected           dropped datagrams, all reasons
 * @param rejects            "bad-signature 3, malformed 1", or "none"
 */
record SourceRow(String source, boolean running, double datagramsPerSecond, long datagrams, long accepted,
                 long rejected, String rejects) {
}
