package dev.pulsegrid.ui;

/** What the main window's ☰ menu does; supplied by the app so the controller stays testable. */
public interface MenuActions {
    MenuActions NONE = new MenuActions() {
        @Override
        public void openLogs(String nodeIdOrNull) {
        }

        @Override
        public void openExport() {
        }

        @Override
        public void openIngestHealth() {
        }

        @Override
        public void openAbout() {
        }
    };

    /** The node log viewer for one node, or for all nodes when null. */
    void openLogs(String nodeIdOrNull);

    void openExport();

    /** Datagrams, refusals by reason, kernel drops: a window refreshed once a second. */
    void openIngestHealth();

    void openAbout();

    /** The node log viewer for a group: the node ids the grid shows now (after search, filter, grouping). */
    default void openLogs(java.util.Set<String> nodeIds) {
    }

    /** "Join cluster…" (the dialog) or, once joined, "Leave cluster" (a graceful goodbye). */
    default void joinOrLeaveCluster() {
    }

    /** Whether this workstation is a member of a gossip mesh (the menu then offers Leave). */
    default boolean inCluster() {
        return false;
    }

    /** The join dialog while joined: T_fail and T_cleanup, applied live. */
    default void openGossipTimers() {
    }

    /** How a node is known to this peer ("heard directly", "learned second-hand from b"), or null. */
    default String howKnown(String nodeId) {
        return null;
    }

    /** collectd and Ganglia listeners of the running monitor, on and off live. */
    default void openIntegrations() {
    }

    /** Per-group detector overrides: list, add, edit, remove, reset to defaults. */
    default void openOverrides() {
    }
}
