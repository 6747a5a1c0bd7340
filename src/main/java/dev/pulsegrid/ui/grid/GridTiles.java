package dev.pulsegrid.ui.grid;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
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
 */
final class GridTiles {
    /** Tile side in px: small enough that a transition repaints little, large enough to stay a few hundred nodes. */
    static final int SIZE = 64;

    private int width;
    private int height;
    private TileDirt dirt = new TileDirt(1, 1, SIZE);
    private int[][] pixels = new int[0][];
    private PixelBuffer<IntBuffer>[] buffers = newBuffers(0);
    private final List<ImageView> views = new ArrayList<>();
    private long frame;
    private int lastFlushed;

    /** Builds the tiles for a picture of this size; returns the ImageViews to show (positioned). */
    List<ImageView> resize(int w, int h) {
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
        return views;
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
