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

    /** Per-group detector overrides: list, add, edit, remove, reset to defaults. */
    default void openOverrides() {
    }
}
