package dev.pulsegrid.net;

import dev.pulsegrid.protocol.DecodeError;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One reading of ingest health for a panel or a summary line: rates over the last interval and
 * totals since start. Immutable; made by {@link IngestHealthMeter}, which the UI polls once a second.
 *
 * @param intervalSeconds     length of the interval the rates cover (0 for the first reading)
 * @param datagramsPerSecond  datagrams received by the socket
 * @param bytesPerSecond      their payload bytes
 * @param acceptedPerSecond   heartbeats handed to membership
 * @param rejectedPerSecond   datagrams refused, all reasons
 * @param kernelDropsPerSecond datagrams the kernel dropped because the receive buffer was full; -1 = unknown
 * @param datagrams           totals since the meter started...
 * @param accepted            ...
 * @param rejectsByReason     non-zero totals by reason (malformed, bad signature, not allowed...)
 * @param kernelDrops         kernel receive-buffer drops since start (machine-wide counter); -1 = unknown
 */
public record IngestHealth(
        double intervalSeconds,
        double datagramsPerSecond,
        double bytesPerSecond,
        double acceptedPerSecond,
        double rejectedPerSecond,
        double kernelDropsPerSecond,
        long datagrams,
        long bytes,
        long accepted,
        Map<DecodeError, Long> rejectsByReason,
        long kernelDrops) {

    public IngestHealth {
        rejectsByReason = Map.copyOf(rejectsByReason);
    }

    public long rejected() {
        return rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The {@code watch} summary's ingest part, e.g. {@code ingest 1,204 dgram/s 98.1 kB/s, kernel drops 0/s}. */
    public String line() {
        StringBuilder b = new StringBuilder(80);
        b.append(String.format(Locale.ROOT, "ingest %,.0f dgram/s %.1f kB/s", datagramsPerSecond, bytesPerSecond / 1000));
        if (rejectedPerSecond > 0) {
            b.append(String.format(Locale.ROOT, ", rejected %,.0f/s", rejectedPerSecond));
        }
        b.append(kernelDropsPerSecond < 0 ? ", kernel drops n/a"
                : String.format(Locale.ROOT, ", kernel drops %,.0f/s", kernelDropsPerSecond));
        return b.toString();
    }

    /** Rejects as {@code bad_signature 3, not_allowed 1}, for tooltips and logs. */
    public String rejectsText() {
        return rejectsByReason.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
