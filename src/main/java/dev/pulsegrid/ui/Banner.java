package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.ClusterSnapshot;
import javafx.scene.control.Label;

/**
 * The banner over the grid: a listen error, the monitor's own stall (holding judgement), or any
 * message the app shows. Hidden banners are unmanaged, so they take no room.
 */
final class Banner {
    private final Label label;
    private ListenStatus status;
    private boolean holdingShown;

    Banner(Label label) {
        this.label = label;
    }

    /** An error of the listener becomes the banner; none clears it. */
    void listen(ListenStatus s) {
        status = s;
        boolean failed = s.error() != null;
        label.setText(failed ? s.error() : "");
        label.setVisible(failed);
        label.setManaged(failed);
    }

    void show(String text) {
        label.setText(text);
        label.setVisible(true);
        label.setManaged(true);
    }

    /** The monitor's own stall is said plainly, so nobody reads a frozen grid as a healthy one. */
    void showHolding(ClusterSnapshot s) {
        boolean holding = s.holdingJudgement();
        if (holding == holdingShown) {
            return;
        }
        holdingShown = holding;
        if (holding) {
            show("Holding judgement: this monitor itself was paused for "
                    + dev.pulsegrid.detect.Durations.seconds(s.selfPauseNanos())
                    + " (sleep, GC or debugger). Nobody is convicted for that gap; judgement resumes as fresh heartbeats arrive.");
        } else if (status == null || status.error() == null) {
            label.setVisible(false);
            label.setManaged(false);
        }
    }
}
