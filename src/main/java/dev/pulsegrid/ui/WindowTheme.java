package dev.pulsegrid.ui;

import dev.pulsegrid.ui.grid.NodeGridView;
import dev.pulsegrid.ui.grid.StatePalette;
import javafx.scene.Parent;
import javafx.scene.paint.Color;

/** Dark or light for the whole main window: its style class, the grid's and details' palette, the scene's fill. */
final class WindowTheme {
    private final Parent root;
    private final NodeGridView grid;
    private final DetailsPanelController details;
    private Color sceneFill = Color.rgb(0x1C, 0x1E, 0x24);

    WindowTheme(Parent root, NodeGridView grid, DetailsPanelController details) {
        this.root = root;
        this.grid = grid;
        this.details = details;
    }

    void apply(boolean dark) {
        root.getStyleClass().removeAll("dark", "light");
        root.getStyleClass().add(dark ? "dark" : "light");
        StatePalette p = dark ? StatePalette.DARK : StatePalette.LIGHT;
        grid.paletteProperty().set(p);
        details.setPalette(p);
        sceneFill = Color.rgb((p.background() >> 16) & 0xFF, (p.background() >> 8) & 0xFF, p.background() & 0xFF);
        fillScene();
    }

    /**
     * The window's background is the scene's fill, not the root's CSS background (see main_window.css):
     * the renderer clears every repainted rectangle to the fill anyway, and a background fill on top
     * of that cost a third of the render thread's time under the grid's repainted tiles.
     */
    void fillScene() {
        if (root.getScene() != null) {
            root.getScene().setFill(sceneFill);
        }
    }
}
