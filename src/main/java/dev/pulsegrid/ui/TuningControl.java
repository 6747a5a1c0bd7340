package dev.pulsegrid.ui;

import java.util.Locale;
import java.util.function.DoubleFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * One detector parameter as a slider with a spinner for the exact value, named by its CLI flag (in
 * the tooltip) so a setting found here can be typed on the command line. Values are rounded to the
 * spinner's step; a log-scale slider serves the budgets, which span hours to years.
 *
 * <p>Tells its owner two things: the value moved while the slider is still held (a what-if), and
 * the value settled (released, typed, or stepped): apply it.
 */
final class TuningControl {
    private final String flag;
    private final double step;
    private final boolean log;
    private final Slider slider = new Slider();
    private final Spinner<Double> spinner = new Spinner<>();
    private final Label hint = new Label();
    private final HBox node;
    private DoubleFunction<String> hintText = v -> "";
    private boolean syncing;
    private Runnable onSettle = () -> { };
    private Runnable onDrag = () -> { };

    /**
     * @param id    fx id prefix: {@code id + "Slider"}, {@code id + "Spinner"}
     * @param label what the operator reads
     * @param flag  the CLI flag of this parameter
     * @param unit  unit of the spinner value
     */
    TuningControl(String id, String label, String flag, String unit, double min, double max, double step, boolean log,
                  double value) {
        this.flag = flag;
        this.step = step;
        this.log = log;
        slider.setId(id + "Slider");
        spinner.setId(id + "Spinner");
        slider.setMin(toSlider(min));
        slider.setMax(toSlider(max));
        slider.setPrefWidth(96);
        slider.setMinWidth(40);
        slider.setBlockIncrement(log ? 0.05 : step * 5);
        int decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
        SpinnerValueFactory.DoubleSpinnerValueFactory f = new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, round(value), step);
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
            }

            @Override
            public Double fromString(String s) {
                try {
                    return round(Double.parseDouble(s.trim()));
                } catch (NumberFormatException e) {
                    return f.getValue(); // typing nonsense keeps the old value
                }
            }
        });
        spinner.setValueFactory(f);
        spinner.setEditable(true);
        spinner.setPrefWidth(decimals == 0 ? 80 : 86);
        slider.setValue(toSlider(value));
        Label name = new Label(label);
        name.getStyleClass().add("field-label");
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label units = new Label(unit);
        units.getStyleClass().add("unit");
        hint.getStyleClass().add("hint");
        Tooltip tip = new Tooltip(label + " (" + unit + "); on the command line: " + flag);
        Tooltip.install(name, tip);
        slider.setTooltip(tip);
        spinner.setTooltip(tip);
        units.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        spinner.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        node = new HBox(4, name, slider, spinner, units, hint);
        node.setAlignment(Pos.CENTER_LEFT);
        node.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        wire();
    }

    private void wire() {
        slider.valueProperty().addListener((o, a, b) -> {
            if (syncing) {
                return;
            }
            set(spinner, round(fromSlider(b.doubleValue())));
            if (slider.isValueChanging()) {
                onDrag.run();
            } else {
                onSettle.run();
            }
        });
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                onSettle.run();
            }
        });
        spinner.valueProperty().addListener((o, a, b) -> {
            if (syncing || b == null) {
                return;
            }
            syncing = true;
            slider.setValue(toSlider(b));
            syncing = false;
            updateHint();
            onSettle.run();
        });
    }

    private void set(Spinner<Double> s, double v) {
        syncing = true;
        s.getValueFactory().setValue(v);
        syncing = false;
        updateHint();
    }

    /** The exact value (the spinner's, rounded to the step). */
    double value() {
        Double v = spinner.getValue();
        return v == null ? round(fromSlider(slider.getValue())) : v;
    }

    /** Sets both controls without telling anyone (keeping an ordered pair ordered). */
    void setQuietly(double v) {
        syncing = true;
        slider.setValue(toSlider(v));
        spinner.getValueFactory().setValue(round(v));
        syncing = false;
        updateHint();
    }

    void onSettle(Runnable r) {
        onSettle = r;
    }

    void onDrag(Runnable r) {
        onDrag = r;
    }

    /** A reading of the value in other terms, e.g. "≈ 3 missed heartbeats", shown beside the unit. */
    void hint(DoubleFunction<String> text) {
        hintText = text;
        updateHint();
    }

    void updateHint() {
        hint.setText(hintText.apply(value()));
    }

    String flag() {
        return flag;
    }

    HBox node() {
        return node;
    }

    Slider slider() {
        return slider;
    }

    boolean dragging() {
        return slider.isValueChanging();
    }

    private double round(double v) {
        double r = Math.round(v / step) * step;
        return Math.round(r * 1e6) / 1e6; // 3.0, not 3.0000000000000004
    }

    private double toSlider(double v) {
        return log ? Math.log10(Math.max(v, 1e-9)) : v;
    }

    private double fromSlider(double s) {
        return log ? Math.pow(10, s) : s;
    }
}
