package dev.pulsegrid.ui;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys the whole main window answers: {@code /} jumps to the search box, Esc closes the details
 * panel or, from the search box, clears it and returns to the grid.
 */
final class WindowKeys {
    /** What a pressed key does. Every action but {@link #PASS} consumes the key. */
    enum Action { PASS, FOCUS_SEARCH, CLOSE_DETAILS, LEAVE_SEARCH, IGNORE }

    private final TextField search;
    private final Node grid;
    private final DetailsPanelController details;
    private boolean swallowSlash;

    WindowKeys(TextField search, Node grid, DetailsPanelController details) {
        this.search = search;
        this.grid = grid;
        this.details = details;
    }

    /** The rule: typing {@code /} into a text field types it; Esc is never passed on. */
    static Action decide(KeyCode code, boolean inTextField, boolean detailsOpen, boolean searchFocused) {
        if (code == KeyCode.SLASH && !inTextField) {
            return Action.FOCUS_SEARCH;
        }
        if (code == KeyCode.ESCAPE) {
            return detailsOpen ? Action.CLOSE_DETAILS : searchFocused ? Action.LEAVE_SEARCH : Action.IGNORE;
        }
        return Action.PASS;
    }

    void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        // The '/' that focused the search box must not also be typed into it.
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowSlash && "/".equals(e.getCharacter())) {
                e.consume();
            }
            swallowSlash = false;
        });
    }

    private void pressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code != KeyCode.SLASH && code != KeyCode.ESCAPE) {
            return; // not ours: spare the details and focus look-ups on every other key
        }
        Action a = decide(code, e.getTarget() instanceof TextField, details.isOpen(), search.isFocused());
        switch (a) {
            case FOCUS_SEARCH -> {
                search.requestFocus();
                search.selectAll();
                swallowSlash = true;
            }
            case CLOSE_DETAILS -> details.close();
            case LEAVE_SEARCH -> {
                search.clear();
                grid.requestFocus();
            }
            case IGNORE, PASS -> { }
        }
        if (a != Action.PASS) {
            e.consume();
        }
    }
}
