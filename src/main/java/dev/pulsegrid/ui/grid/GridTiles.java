package dev.pulsegrid.ui.grid;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Shows the grid's one {@code int[]} picture through a few hundred square tiles, each an
 * {@link ImageView} over its own {@link PixelBuffer}. JavaFX marks an ImageView dirty as a whole
 * when its buffer changes, so with one image every changed cell repainted the full 1600x1000 picture
 * in the software pipeline; with tiles a frame repaints only the tiles {@link TileDirt} hands over.
 * Tiles are a fixed grid of the viewport (not one per cell): about 400 nodes at 1600x1000.
 *
 * <p>They are nested in groups of at most {@link #FANOUT} spatially close children: once more than
 * 12 children of one group are dirty, JavaFX repaints the whole group's bounds
 * ({@code NGNode.DIRTY_CHILDREN_ACCUMULATED_THRESHOLD}), so 13 changed tiles anywhere under one flat
 * pane repainted the full grid. Nested, a burst of changes costs at most the blocks it falls in.
 */
final class GridTiles {
    /** Tile side in px: small enough that a transition repaints little, large enough to stay a few hundred nodes. */
    static final int SIZE = 64;
    /** JavaFX's dirty-children threshold: a group with more dirty children repaints all of itself. */
    static final int FANOUT = 12;
    private static final int BLOCK_COLUMNS = 4;
    private static final int BLOCK_ROWS = 3;

    private int width;
    private int height;
    private TileDirt dirt = new TileDirt(1, 1, SIZE);
    private int[][] pixels = new int[0][];
    private PixelBuffer<IntBuffer>[] buffers = newBuffers(0);
    private final List<ImageView> views = new ArrayList<>();
    private long frame;
    private int lastFlushed;

    /** Builds the tiles for a picture of this size; returns the top of their groups (at most {@link #FANOUT}). */
    List<Node> resize(int w, int h) {
        width = w;
        height = h;
        dirt = new TileDirt(w, h, SIZE);
        int n = dirt.columns() * dirt.rows();
        pixels = new int[n][];
        buffers = newBuffers(n);
        views.clear();
        for (int r = 0; r < dirt.rows(); r++) {
            for (int c = 0; c < dirt.columns(); c++) {
                int t = r * dirt.columns() + c;
                int tw = Math.min(SIZE, w - c * SIZE);
                int th = Math.min(SIZE, h - r * SIZE);
                pixels[t] = new int[tw * th];
                buffers[t] = new PixelBuffer<>(tw, th, IntBuffer.wrap(pixels[t]), PixelFormat.getIntArgbPreInstance());
                ImageView v = new ImageView(new WritableImage(buffers[t]));
                v.setMouseTransparent(true);
                v.relocate(c * SIZE, r * SIZE);
                views.add(v);
            }
        }
        dirt.markAll();
        return nest(views, dirt.columns(), dirt.rows());
    }

    /**
     * Groups a row-major grid of nodes into blocks of 4 x 3 neighbours, then the blocks likewise, until
     * at most {@link #FANOUT} remain: every group has at most 12 children, each covering one rectangle.
     */
    static List<Node> nest(List<? extends Node> cells, int columns, int rows) {
        List<Node> level = new ArrayList<>(cells);
        int cols = columns;
        int rws = rows;
        while (cols * rws > FANOUT) {
            int nc = (cols + BLOCK_COLUMNS - 1) / BLOCK_COLUMNS;
            int nr = (rws + BLOCK_ROWS - 1) / BLOCK_ROWS;
            List<Node> next = new ArrayList<>(nc * nr);
            for (int br = 0; br < nr; br++) {
                for (int bc = 0; bc < nc; bc++) {
                    Group g = new Group();
                    g.setAutoSizeChildren(false);
                    for (int r = br * BLOCK_ROWS; r < Math.min(rws, (br + 1) * BLOCK_ROWS); r++) {
                        for (int c = bc * BLOCK_COLUMNS; c < Math.min(cols, (bc + 1) * BLOCK_COLUMNS); c++) {
                            g.getChildren().add(level.get(r * cols + c));
                        }
                    }
                    next.add(g);
                }
            }
            level = next;
            cols = nc;
            rws = nr;
        }
        return level;
    }

    TileDirt dirt() {
        return dirt;
    }

    /** Copies the tiles due this frame out of the picture and hands them to JavaFX. */
    void flush(int[] picture) {
        int cols = dirt.columns();
        lastFlushed = dirt.flush(frame++, t -> {
            int c = t % cols;
            int r = t / cols;
            int[] dst = pixels[t];
            int tw = buffers[t].getWidth();
            int th = buffers[t].getHeight();
            buffers[t].updateBuffer(b -> {
                for (int y = 0; y < th; y++) {
                    System.arraycopy(picture, (r * SIZE + y) * width + c * SIZE, dst, y * tw, tw);
                }
                return null; // the whole tile
            });
        });
    }

    /** How many tiles the last frame handed over (for the benchmark). */
    int lastFlushed() {
        return lastFlushed;
    }

    /** The ARGB pixel the tiles show at a point: what reaches the screen, which may trail the picture by a few frames. */
    int shownPixel(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return 0;
        }
        int t = (y / SIZE) * dirt.columns() + x / SIZE;
        return pixels[t][(y % SIZE) * buffers[t].getWidth() + x % SIZE];
    }

    @SuppressWarnings("unchecked")
    private static PixelBuffer<IntBuffer>[] newBuffers(int n) {
        return (PixelBuffer<IntBuffer>[]) new PixelBuffer<?>[n];
    }
}
