package dev.pulsegrid.protocol.collectd;

import java.util.Set;

/**
 * What one collectd datagram said about one host: enough to count it as a sign of life.
 *
 * @param host           collectd's host name (the node id)
 * @param timeMillis     newest value time in the packet, Unix ms (0 if the packet had no time part)
 * @param intervalMillis newest Interval part for this host, ms (0 if none)
 * @param plugins        plugin names with values in this packet
 * @param types          type names with values in this packet
 * @param valueLists     number of value lists from this host in this packet
 * @param security       how the values were protected: none, sign or encrypt
 * @param user           the signing/encrypting user, or null when unprotected
 */
public record CollectdHostRecord(
        String host,
        long timeMillis,
        int intervalMillis,
        Set<String> plugins,
        Set<String> types,
        int valueLists,
        SecurityLevel security,
        String user) {

    public CollectdHostRecord {
        plugins = Set.copyOf(plugins);
        types = Set.copyOf(types);
    }
}
