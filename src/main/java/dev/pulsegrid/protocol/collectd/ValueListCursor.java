package dev.pulsegrid.protocol.collectd;

/** Values parts refer to the latest host/plugin/type/time parts before them: collectd's parse state. */
final class ValueListCursor {
    String host;
    String plugin;
    String type;
    long timeMillis;
    int intervalMillis;
}
