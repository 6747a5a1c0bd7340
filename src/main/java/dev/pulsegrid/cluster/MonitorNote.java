package dev.pulsegrid.cluster;

/**
 * Something that happened to the monitor rather than to a node, for the journal and for watch's
 * stderr: settings changed, or the monitor itself stalled. Delivered on the membership thread.
 *
 * @param wallMillis when (Unix ms)
 * @param kind       what happened
 * @param text       human-readable description
 */
public record MonitorNote(long wallMillis, Kind kind, String text) {
    public enum Kind {
        /** Detector settings were changed (applies to every node at once). */
        SETTINGS_CHANGE,
        /** The monitor noticed that it had been paused; judgement is held until fresh heartbeats. */
        SELF_PAUSE
    }

    /** Receives notes on the membership thread; must not block. */
    @FunctionalInterface
    public interface Listener {
        void onNote(MonitorNote note);
    }
}
