package dev.pulsegrid.journal;

import dev.pulsegrid.cluster.MembershipEvent;

/**
 * What a journal row records: every {@link MembershipEvent.Kind} under the same name (flapping
 * start/end included: membership judges it), plus what only the monitor itself knows (start/stop,
 * settings, self-pause).
 */
public enum EventKind {
    TRANSITION,
    RESTART,
    ADDRESS_CHANGE,
    META_CHANGE,
    FORGOTTEN,
    MONITOR_START,
    MONITOR_STOP,
    SETTINGS_CHANGE,
    /** The monitor noticed a gap in its own clock (sleep, GC, debugger) and holds judgement. */
    SELF_PAUSE,
    /** Judgement resumed after a self-pause. */
    SELF_RESUME,
    /** Two addresses heartbeat as the same node at once, or that conflict is over. */
    CONFLICT,
    /** The node changes state too often; the reason carries its weighted state-change percentage. */
    FLAPPING_START,
    FLAPPING_END;

    public static EventKind of(MembershipEvent.Kind kind) {
        return valueOf(kind.name());
    }

    /** Parses a name as typed in a filter (any case, '-' or '_'). */
    public static EventKind parse(String text) {
        String norm = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (EventKind k : values()) {
            if (k.name().equals(norm)) {
                return k;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an event kind: use one of "
                + java.util.Arrays.toString(values()).toLowerCase(java.util.Locale.ROOT));
    }
}
