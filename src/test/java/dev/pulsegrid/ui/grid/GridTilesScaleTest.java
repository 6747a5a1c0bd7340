package dev.pulsegrid.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pulsegrid.ui.Fx;
import java.util.Arrays;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * On a 1.25x, 1.5x or 2x screen JavaFX scales every tile up. A cell that crosses a tile edge must
 * come out whole: no seam or gap where one tile's last pixel meets the next one's first (a tile placed
 * half a pixel off fails this; so would one sized a pixel short). Checked on screen too, under Xvfb
 * with -Dglass.gtk.uiScale=1.5 and 2: a one-colour picture came out as exactly one colour.
 */
@ExtendWith(ApplicationExtension.class)
class GridTilesScaleTest {
    private static final int OPAQUE_GREEN = 0xFF009E73;
    private final GridTiles tiles = new GridTiles();
    private final Group root = new Group();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 200, 200, Color.BLACK));
        stage.show();
    }

    @ParameterizedTest(name = "at {0}x")
    @ValueSource(doubles = {1.5, 2.0, 1.25})
    void aPictureOfOneColourStaysOneColourAcrossTileEdges(double scale) {
        int w = 150;
        int h = 150; // 3 x 3 tiles, edges at 64 and 128
        int[] picture = new int[w * h];
        Arrays.fill(picture, OPAQUE_GREEN);
        WritableImage shot = Fx.get(() -> {
            root.getChildren().setAll(tiles.resize(w, h));
            tiles.flush(picture);
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.BLACK);
            p.setTransform(Transform.scale(scale, scale));
            return root.snapshot(p, null);
        });
        int sw = (int) Math.floor(w * scale) - 1;
        int sh = (int) Math.floor(h * scale) - 1;
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < sw; x++) {
                int argb = shot.getPixelReader().getArgb(x, y);
                if (argb != OPAQUE_GREEN) {
                    assertEquals(Integer.toHexString(OPAQUE_GREEN), Integer.toHexString(argb),
                            "device pixel (" + x + ", " + y + ") at " + scale + "x, tile edges at " + 64 * scale + " and " + 128 * scale);
                }
            }
        }
    }
}
