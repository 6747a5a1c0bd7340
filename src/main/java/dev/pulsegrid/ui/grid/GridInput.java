package dev.pulsegrid.ui.grid;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/** Mouse and keyboard on the grid: click selects, double-click or Enter opens, arrows move, Ctrl+wheel and +/- zoom. */
final class GridInput {
    private final NodeGridView view;
    private final NodeGridSkin skin;

    GridInput(NodeGridView view, NodeGridSkin skin) {
        this.view = view;
        this.skin = skin;
    }

    void pressed(MouseEvent e) {
        view.requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        int p = skin.positionAt(e.getX(), e.getY());
        if (p < 0) {
            view.clearSelection();
            return;
        }
        view.select(view.order().entry(p));
        if (e.getClickCount() >= 2) {
            view.open();
        }
    }

    void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            if (e.getDeltaY() != 0) {
                zoom(e.getDeltaY() > 0 ? 1 : -1);
            }
        } else {
            var sb = skin.scrollBar();
            sb.setValue(clamp(sb.getValue() - e.getDeltaY(), 0, sb.getMax()));
        }
        e.consume();
    }

    void zoom(int steps) {
        view.pitchProperty().set(Zoom.step(skin.layout().pitch(), steps));
    }

    void keyPressed(KeyEvent e) {
        KeyCode k = e.getCode();
        switch (k) {
            case LEFT -> move(-1, 0);
            case RIGHT -> move(1, 0);
            case UP -> move(0, -1);
            case DOWN -> move(0, 1);
            case HOME -> moveTo(0);
            case END -> moveTo(view.order().size() - 1);
            case ENTER -> view.open();
            case PLUS, ADD, EQUALS -> zoom(1);
            case MINUS, SUBTRACT -> zoom(-1);
            case DIGIT0, NUMPAD0 -> view.pitchProperty().set(0);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void move(int dx, int dy) {
        int size = view.order().size();
        if (size == 0) {
            return;
        }
        int p = skin.positionOfSelection();
        if (p < 0) {
            moveTo(0);
            return;
        }
        moveTo(dy == 0 ? clampInt(p + dx, 0, size - 1) : vertical(p, dy));
    }

    /** Same column one row up or down, across section headers; clamps at the ends. */
    private int vertical(int p, int dy) {
        GridLayout l = skin.layout();
        double x = l.cellX(p) + 1;
        double y = l.cellY(p) + 1;
        double limit = l.headerHeight() + 2 * l.pitch() + 2 * GridLayout.PADDING;
        for (double step = l.pitch(); step <= limit; step += l.pitch()) {
            int q = l.positionAt(x, y + dy * step);
            if (q >= 0) {
                return q;
            }
        }
        // Past a short last row or into a section with fewer columns used: nearest by index.
        return clampInt(p + dy * l.columns(), 0, l.positions() - 1);
    }

    private void moveTo(int position) {
        if (position >= 0 && position < view.order().size()) {
            view.select(view.order().entry(position));
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static int clampInt(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
