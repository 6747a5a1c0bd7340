package dev.pulsegrid.ui;

import dev.pulsegrid.BuildInfo;
import dev.pulsegrid.journal.Journal;
import dev.pulsegrid.journal.JournalQuery;
import dev.pulsegrid.ui.journal.ExportDialog;
import dev.pulsegrid.ui.journal.JournalView;
import java.nio.file.Path;
import java.util.Set;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** The ☰ menu of the main window: node logs and export over the journal, and About. */
final class AppMenu implements MenuActions {
    private final Window owner;
    private final Path journalPath;
    private Journal journal;

    private final java.util.function.Supplier<dev.pulsegrid.net.Monitor> monitor;
    private final dev.pulsegrid.ui.peer.ClusterSession cluster = new dev.pulsegrid.ui.peer.ClusterSession();
    private dev.pulsegrid.ui.peer.JoinClusterDialog joinDialog;

    private final DetectorControl detectors;

    AppMenu(Window owner, Path journalPath, java.util.function.Supplier<dev.pulsegrid.net.Monitor> monitor) {
        this(owner, journalPath, monitor, null);
    }

    AppMenu(Window owner, Path journalPath, java.util.function.Supplier<dev.pulsegrid.net.Monitor> monitor,
            DetectorControl detectors) {
        this.owner = owner;
        this.journalPath = journalPath;
        this.monitor = monitor;
        this.detectors = detectors;
    }

    private OperatorSettings settings;

    /** Where the Integrations dialog saves the listeners turned on and off; without it nothing is saved. */
    AppMenu withSettings(OperatorSettings s) {
        this.settings = s;
        return this;
    }

    @Override
    public void openOverrides() {
        if (detectors != null) {
            OverridesDialog.open(owner, detectors);
        }
    }

    @Override
    public void openIngestHealth() {
        dev.pulsegrid.net.Monitor m = monitor.get();
        if (m == null) {
            inform("Ingest health", "The monitor is still starting; try again in a moment.");
            return;
        }
        IngestHealthWindow.open(owner, dev.pulsegrid.net.IngestHealthMeter.forMonitor(m), m::snapshot,
                dev.pulsegrid.net.SourceTallies.of(m)::read, m.config().clock()::nanos);
    }

    @Override
    public void openIntegrations() {
        dev.pulsegrid.net.Monitor m = monitor.get();
        if (m == null) {
            inform("Integrations", "The monitor is still starting; try again in a moment.");
            return;
        }
        IntegrationsDialog.open(owner, dev.pulsegrid.net.integrations.SourceSwitch.of(m), settings);
    }

    /** Opened lazily: opening SQLite is I/O the window's start need not wait for. */
    private Journal journal() {
        if (journal == null && journalPath != null) {
            journal = Journal.open(journalPath);
        }
        return journal;
    }

    @Override
    public void openLogs(String nodeIdOrNull) {
        Journal j = journalOrExplain();
        if (j != null) {
            JournalView.open(owner, j, nodeIdOrNull == null ? Set.of() : Set.of(nodeIdOrNull));
        }
    }

    @Override
    public void openLogs(Set<String> nodeIds) {
        Journal j = journalOrExplain();
        if (j != null) {
            JournalView.open(owner, j, nodeIds);
        }
    }

    @Override
    public void openExport() {
        Journal j = journalOrExplain();
        if (j != null) {
            ExportDialog.open(owner, j, JournalQuery.ALL);
        }
    }

    private Journal journalOrExplain() {
        try {
            Journal j = journal();
            if (j == null) {
                inform("No journal", "This window runs with --no-journal: there are no node logs to show or export."
                        + " Start it without --no-journal (or with --journal PATH) to keep them.");
            }
            return j;
        } catch (RuntimeException e) {
            inform("Journal unavailable", "The journal " + journalPath + " cannot be opened: " + e.getMessage());
            return null;
        }
    }

    @Override
    public void joinOrLeaveCluster() {
        if (cluster.joined()) {
            dev.pulsegrid.ui.peer.JoinClusterDialog.leaveInBackground(cluster, () -> { });
        } else {
            openGossipTimers();
        }
    }

    @Override
    public boolean inCluster() {
        return cluster.joined();
    }

    @Override
    public void openGossipTimers() {
        if (joinDialog == null) {
            joinDialog = new dev.pulsegrid.ui.peer.JoinClusterDialog(owner, cluster, monitor);
        }
        joinDialog.show();
    }

    @Override
    public String howKnown(String nodeId) {
        return cluster.howKnown(nodeId);
    }

    /** {@code gui --join}: the peer the command line started, so the menu can show it and leave it. */
    void adopt(dev.pulsegrid.net.gossip.GossipPeer started) {
        cluster.adopt(started);
    }

    /** Leaves the mesh gracefully if joined (the window is closing); blocks for the goodbye. */
    void leaveCluster() {
        cluster.leave();
    }

    @Override
    public void openAbout() {
        inform("About Pulsegrid", BuildInfo.load().describe() + "\nJava " + System.getProperty("java.version")
                + ", JavaFX " + System.getProperty("javafx.version")
                + "\n\nLive cluster membership from UDP heartbeats: ALIVE, SUSPECT, DEAD, LEFT at a glance."
                + "\nProtocol and formats: docs/PROTOCOL.md, docs/EXPORT.md in the source tree.");
    }

    private void inform(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.show();
    }
}
