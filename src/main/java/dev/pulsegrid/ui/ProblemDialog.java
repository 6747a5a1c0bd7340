package dev.pulsegrid.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * An error dialog for a {@link Problem} that arises while the window runs, with the choices that
 * make sense for it ("Retry on another port…", "Continue without listening", "Quit"). Shown with
 * {@link Alert#show()} and a handler, never {@code showAndWait}: the FX thread keeps drawing.
 */
final class ProblemDialog {
    private final Map<ButtonType, Runnable> choices = new LinkedHashMap<>();
    private final Problem problem;
    private final String title;

    ProblemDialog(String title, Problem problem) {
        this.title = title;
        this.problem = problem;
    }

    /** A button; its action runs on the FX thread once the dialog has closed. */
    ProblemDialog choice(String label, ButtonData kind, Runnable action) {
        choices.put(new ButtonType(label, kind), action);
        return this;
    }

    Alert show(Window owner) {
        Alert a = new Alert(Alert.AlertType.ERROR, problem.fix(), choices.keySet().toArray(ButtonType[]::new));
        if (owner != null) {
            a.initOwner(owner);
            a.initModality(Modality.WINDOW_MODAL);
        }
        a.setTitle(title);
        a.setHeaderText(problem.problem());
        a.getDialogPane().getStyleClass().add("problem-dialog");
        a.setResizable(true);
        a.setOnHidden(e -> {
            Runnable r = choices.get(a.getResult());
            if (r != null) {
                r.run();
            }
        });
        a.show();
        return a;
    }
}
