package dev.pulsegrid.journal;

/** Which table an export reads. */
public enum ExportRows {
    /** Node and monitor events. */
    EVENTS,
    /** Heartbeat arrival samples; as CSV this is exactly the {@code replay} trace format {@code node,arrival_ms}. */
    ARRIVALS
}
