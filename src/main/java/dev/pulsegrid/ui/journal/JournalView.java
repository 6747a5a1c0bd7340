package dev.pulsegrid.ui.journal;

import dev.pulsegrid.cluster.Clock;
import dev.pulsegrid.cluster.SystemClock;
import dev.pulsegrid.journal.Journal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The node log viewer window: open it from a menu or from a node's details panel. */
public final class JournalView {
    private final Parent root;
    private final JournalViewController controller;

    private JournalView(Parent root, JournalViewController controller) {
        this.root = root;
        this.controller = controller;
    }

    /** Loads the view (FX thread); polls the journal every {@code pollMillis} until {@link JournalViewController#close()}. */
    public static JournalView load(Journal journal, Clock clock, Set<String> nodes, long pollMillis) {
        FXMLLoader loader = new FXMLLoader(JournalView.class.getResource("journal_view.fxml"));
        JournalViewController c = new JournalViewController(journal, clock, nodes, pollMillis);
        loader.setControllerFactory(type -> {
            if (type != JournalViewController.class) {
                throw new IllegalStateException("no controller registered for " + type.getName());
            }
            return c;
        });
        try {
            return new JournalView(loader.load(), c);
        } catch (IOException e) {
            throw new UncheckedIOException("journal_view.fxml", e);
        }
    }

    /**
     * Opens the log viewer in its own window (FX thread), filtered to {@code nodes} (empty for all).
     * Polling stops when the window closes.
     */
    public static Stage open(Window owner, Journal journal, Set<String> nodes) {
        JournalView view = load(journal, SystemClock.INSTANCE, nodes, 1_000);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(nodes.isEmpty() ? "Node log — all nodes" : nodes.size() > JournalViewController.LISTED_NODES
                ? String.format(java.util.Locale.ROOT, "Node log — %,d nodes", nodes.size())
                : "Node log — " + String.join(", ", nodes));
        stage.setScene(new Scene(view.root, 1100, 700));
        stage.setOnHidden(e -> view.controller.close());
        stage.show();
        return stage;
    }

    public Parent root() {
        return root;
    }

    public JournalViewController controller() {
        return controller;
    }
}
