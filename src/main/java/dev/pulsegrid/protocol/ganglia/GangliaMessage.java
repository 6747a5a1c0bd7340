package dev.pulsegrid.protocol.ganglia;

/**
 * One decoded gmond 3.1+ datagram (XDR): a metric's metadata, a metric's value, or a request for
 * metadata.
 *
 * @param kind     which of the three
 * @param formatId gmond's message id: 128 metadata, 129..135 value by type, 136 metadata request
 * @param host     the sending host's name from the packet: for spoofed metrics ({@code IP:NAME}) the
 *                 NAME part; may be empty, then the sender's address is the only name there is
 * @param metric   metric name, e.g. {@code heartbeat}
 * @param spoofed  the sender set gmond's spoof flag (gmetric -S, or gmond's override_hostname)
 * @param tmax     metadata only: most seconds between two values of this metric (0 otherwise)
 * @param number   value packets of numeric type: the value (uint32 kept unsigned); NaN otherwise
 * @param text     value packets of string type: the value; null otherwise
 */
public record GangliaMessage(
        Kind kind,
        int formatId,
        String host,
        String metric,
        boolean spoofed,
        int tmax,
        double number,
        String text) {

    public enum Kind { METADATA, VALUE, REQUEST }

    public static final int METADATA_FULL = 128;
    public static final int VALUE_USHORT = 129;
    public static final int VALUE_SHORT = 130;
    public static final int VALUE_INT = 131;
    public static final int VALUE_UINT = 132;
    public static final int VALUE_STRING = 133;
    public static final int VALUE_FLOAT = 134;
    public static final int VALUE_DOUBLE = 135;
    public static final int METADATA_REQUEST = 136;
}
