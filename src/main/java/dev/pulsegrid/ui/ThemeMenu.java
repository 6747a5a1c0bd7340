package dev.pulsegrid.ui;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * The toolbar's Theme menu: System (the default: follow the desktop where it can tell), Light or
 * Dark. Asking the desktop runs commands, so it happens on a daemon thread with a short timeout and
 * the answer is applied on the FX thread, only if the operator still wants System by then; until
 * it arrives the window uses what the environment says.
 */
final class ThemeMenu {
    static final Duration QUERY_TIMEOUT = Duration.ofMillis(1500);

    private final MenuButton button;
    private final RadioMenuItem system;
    private final RadioMenuItem light;
    private final RadioMenuItem dark;
    private final Consumer<Boolean> apply;
    private final Supplier<Boolean> ask;
    private boolean systemDark;
    private Consumer<Boolean> onChoice = choice -> { };

    /**
     * @param apply called on the FX thread with true for dark
     * @param ask   the desktop's answer; blocking, run off the FX thread
     */
    ThemeMenu(MenuButton button, RadioMenuItem system, RadioMenuItem light, RadioMenuItem dark,
              boolean guess, Consumer<Boolean> apply, Supplier<Boolean> ask) {
        this.button = button;
        this.system = system;
        this.light = light;
        this.dark = dark;
        this.apply = apply;
        this.ask = ask;
        this.systemDark = guess;
        ToggleGroup group = new ToggleGroup();
        for (RadioMenuItem item : List.of(system, light, dark)) {
            item.setToggleGroup(group);
        }
        system.setSelected(true);
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == system) {
                show(systemDark);
                askDesktop();
            } else if (b != null) {
                show(b == dark);
            }
            if (b != null) {
                onChoice.accept(b == system ? null : b == dark);
            }
        });
        show(guess);
        askDesktop();
    }

    /** Selects a choice as the operator would: true Dark, false Light, null System. */
    void choose(Boolean darkOrSystem) {
        (darkOrSystem == null ? system : darkOrSystem ? dark : light).setSelected(true);
    }

    /** Told each later choice of the operator (true Dark, false Light, null System), e.g. to save it. */
    void setOnChoice(Consumer<Boolean> listener) {
        onChoice = listener;
    }

    /** The real desktop: environment, portal, gsettings. */
    static Supplier<Boolean> desktop() {
        Function<List<String>, String> run = command -> CommandOutput.run(command, QUERY_TIMEOUT);
        return () -> SystemTheme.prefersDark(System.getenv(), run);
    }

    private void askDesktop() {
        Thread t = new Thread(() -> {
            boolean answer;
            try {
                answer = ask.get();
            } catch (RuntimeException e) {
                return; // keep the guess: a theme is not worth an error
            }
            Platform.runLater(() -> {
                systemDark = answer;
                if (system.isSelected()) {
                    show(answer);
                }
            });
        }, "pulsegrid-theme-query");
        t.setDaemon(true);
        t.start();
    }

    private void show(boolean isDark) {
        button.setText(isDark ? "☾ Dark" : "☀ Light");
        apply.accept(isDark);
    }
}
