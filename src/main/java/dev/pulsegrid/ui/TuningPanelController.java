package dev.pulsegrid.ui;

import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;

/**
 * Suspect-after and dead-after, each a slider with a spinner for exact values, applied live as a
 * new {@link FixedTimeoutDetector} whenever a value settles (not on every pixel of a drag).
 * Dead-after is kept at or above suspect-after by pushing the other value along.
 */
public final class TuningPanelController {
    private final Consumer<FailureDetector> apply;
    private final FailureDetector initial;
    private boolean syncing;
    private FixedTimeoutDetector applied;

    @FXML private Slider suspectSlider;
    @FXML private Spinner<Double> suspectSpinner;
    @FXML private Slider deadSlider;
    @FXML private Spinner<Double> deadSpinner;
    @FXML private Label detectorText;

    public TuningPanelController(Consumer<FailureDetector> apply, FailureDetector initial) {
        this.apply = apply;
        this.initial = initial;
    }

    @FXML
    private void initialize() {
        FixedTimeoutDetector start = initial instanceof FixedTimeoutDetector f ? f : FixedTimeoutDetector.defaults();
        applied = start;
        double suspect = seconds(start.suspectAfter());
        double dead = seconds(start.deadAfter());
        suspectSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(
                suspectSlider.getMin(), suspectSlider.getMax(), suspect, 0.1));
        deadSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(
                deadSlider.getMin(), deadSlider.getMax(), dead, 0.5));
        suspectSlider.setValue(suspect);
        deadSlider.setValue(dead);
        link(suspectSlider, suspectSpinner, true);
        link(deadSlider, deadSpinner, false);
        detectorText.setText(describe(start));
        if (!(initial instanceof FixedTimeoutDetector)) {
            detectorText.setText(initial.describe() + " (moving a slider switches to fixed timeouts)");
        }
    }

    private void link(Slider slider, Spinner<Double> spinner, boolean isSuspect) {
        slider.valueProperty().addListener((o, a, b) -> {
            if (syncing) {
                return;
            }
            syncing = true;
            spinner.getValueFactory().setValue(round(b.doubleValue()));
            syncing = false;
            if (!slider.isValueChanging()) {
                settle(isSuspect);
            }
        });
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                settle(isSuspect);
            }
        });
        spinner.valueProperty().addListener((o, a, b) -> {
            if (syncing || b == null) {
                return;
            }
            syncing = true;
            slider.setValue(b);
            syncing = false;
            settle(isSuspect);
        });
    }

    /** A value was let go of: keep the pair ordered, then apply if it differs from what is in force. */
    private void settle(boolean suspectMoved) {
        double suspect = round(suspectSlider.getValue());
        double dead = round(deadSlider.getValue());
        if (dead < suspect) {
            syncing = true;
            if (suspectMoved) {
                dead = suspect;
                deadSlider.setValue(dead);
                deadSpinner.getValueFactory().setValue(dead);
            } else {
                suspect = dead;
                suspectSlider.setValue(suspect);
                suspectSpinner.getValueFactory().setValue(suspect);
            }
            syncing = false;
        }
        FixedTimeoutDetector next = new FixedTimeoutDetector(millis(suspect), millis(dead));
        if (!next.equals(applied)) {
            applied = next;
            detectorText.setText(describe(next));
            apply.accept(next);
        }
    }

    /** The detector now in force from this panel. */
    public FixedTimeoutDetector applied() {
        return applied;
    }

    private static String describe(FixedTimeoutDetector d) {
        return "In force: " + d.describe();
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static Duration millis(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
