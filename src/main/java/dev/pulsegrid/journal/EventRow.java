package dev.pulsegrid.journal;

/**
 * One event row as stored (states and kind as text, metadata as its JSON text), reused from row to
 * row by exports so that a million rows cost no per-row objects beyond the column strings.
 */
final class EventRow {
    long id;
    long wallMillis;
    String kind;
    String node;
    String from;
    String to;
    String reason;
    String address;
    long incarnation;
    /** The stored JSON object text, null when the node had no metadata. */
    String metaJson;
}
