package dev.pulsegrid.ui;

import dev.pulsegrid.net.IngestSecurity;
import dev.pulsegrid.net.KeyringFile;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * A keyring file that became unreadable or malformed while the window runs: the monitor keeps the
 * previous keys (KeyringFile refuses the reload), and the operator gets a dialog and a banner naming
 * the file and the fix. Checks once a second on the FX thread; the check is a volatile read, the
 * file itself is read by KeyringFile's own poller.
 */
final class KeyringWatch {
    private final KeyringFile file;
    private final Window owner;
    private final MainWindowController controller;
    private String shown;

    private KeyringWatch(KeyringFile file, Window owner, MainWindowController controller) {
        this.file = file;
        this.owner = owner;
        this.controller = controller;
    }

    /** Starts watching when the security policy reads a keyring file; returns the timeline to stop, or null. */
    static Timeline start(IngestSecurity security, Window owner, MainWindowController controller) {
        if (!(security.keyring() instanceof KeyringFile f)) {
            return null;
        }
        KeyringWatch w = new KeyringWatch(f, owner, controller);
        Timeline t = new Timeline(new KeyFrame(Duration.seconds(1), e -> w.check()));
        t.setCycleCount(Timeline.INDEFINITE);
        t.play();
        return t;
    }

    private void check() {
        String problem = file.lastProblem();
        if (problem == null || problem.equals(shown)) {
            shown = problem;
            return;
        }
        shown = problem;
        controller.showBanner("Keyring " + file.path() + " not reloaded; the previous keys stay in force: " + problem);
        new ProblemDialog("Pulsegrid — keyring", problem(file, problem))
                .choice("Continue with the previous keys", ButtonData.CANCEL_CLOSE, () -> { })
                .choice("Quit", ButtonData.OTHER, Platform::exit)
                .show(owner);
    }

    static Problem problem(KeyringFile file, String why) {
        return new Problem("Keyring " + file.path() + " not reloaded",
                capitalised(why) + ". The previous keys stay in force; fix the file and it is read again within a second.");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
