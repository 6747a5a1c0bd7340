package dev.pulsegrid.ui.grid;

import java.util.Arrays;

/**
 * Where every cell of the grid sits, by arithmetic alone: the grid is a sequence of sections (one
 * per group, or a single unnamed one), each a header band followed by rows of equal square cells.
 * Answers "which cell is under the mouse" and "which cells are visible" without a scene-graph node
 * per cell. All coordinates are content coordinates (y grows down from the top of the whole grid).
 * Immutable.
 */
public final class GridLayout {
    /** Empty margin around the grid, in px. */
    public static final int PADDING = 4;

    private final int pitch;
    private final int drawSize;
    private final int columns;
    private final int headerHeight;
    private final int[] sectionStart; // first position of each section, plus the total at the end
    private final int[] sectionTop;   // y of each section's header, plus the content height at the end

    private GridLayout(int pitch, int columns, int headerHeight, int[] sizes) {
        this.pitch = pitch;
        this.drawSize = pitch - gapFor(pitch);
        this.columns = columns;
        this.headerHeight = headerHeight;
        int n = sizes.length;
        sectionStart = new int[n + 1];
        sectionTop = new int[n + 1];
        int y = PADDING;
        for (int i = 0; i < n; i++) {
            sectionStart[i + 1] = sectionStart[i] + sizes[i];
            sectionTop[i] = y;
            int rows = (sizes[i] + columns - 1) / columns;
            y += headerHeight + rows * pitch + (headerHeight > 0 ? PADDING : 0);
        }
        sectionTop[n] = y + PADDING;
    }

    /**
     * @param width        viewport width in px
     * @param pitch        cell pitch in px (cell plus gap), >= 2
     * @param headerHeight height of each section's label band; 0 for an ungrouped grid
     * @param sectionSizes cells per section, in order
     */
    public static GridLayout of(double width, int pitch, int headerHeight, int... sectionSizes) {
        if (pitch < 2) {
            throw new IllegalArgumentException("cell pitch must be >= 2 px, was " + pitch);
        }
        int columns = Math.max(1, (int) ((width - 2 * PADDING) / pitch));
        return new GridLayout(pitch, columns, Math.max(0, headerHeight), sectionSizes.clone());
    }

    /** One px of gap for small cells, growing slowly so large tiles stay apart. */
    public static int gapFor(int pitch) {
        return pitch < 4 ? 0 : Math.max(1, pitch / 12);
    }

    public int pitch() {
        return pitch;
    }

    /** Side of the painted square inside the pitch. */
    public int drawSize() {
        return drawSize;
    }

    public int columns() {
        return columns;
    }

    public int headerHeight() {
        return headerHeight;
    }

    public int sections() {
        return sectionStart.length - 1;
    }

    public int positions() {
        return sectionStart[sectionStart.length - 1];
    }

    public int sectionStart(int section) {
        return sectionStart[section];
    }

    public int sectionSize(int section) {
        return sectionStart[section + 1] - sectionStart[section];
    }

    public int sectionTop(int section) {
        return sectionTop[section];
    }

    public int contentHeight() {
        return sectionTop[sectionTop.length - 1];
    }

    /** The section holding a position (binary search; positions must be in range). */
    public int sectionOf(int position) {
        int i = Arrays.binarySearch(sectionStart, 0, sectionStart.length - 1, position);
        if (i >= 0) {
            // Empty sections share a start with the next one: take the last section starting here.
            while (i + 1 < sectionStart.length - 1 && sectionStart[i + 1] == position) {
                i++;
            }
            return i;
        }
        return -i - 2;
    }

    /** Left edge of a cell. */
    public int cellX(int position) {
        int local = position - sectionStart[sectionOf(position)];
        return PADDING + (local % columns) * pitch;
    }

    /** Top edge of a cell, in content coordinates. */
    public int cellY(int position) {
        int s = sectionOf(position);
        int local = position - sectionStart[s];
        return sectionTop[s] + headerHeight + (local / columns) * pitch;
    }

    /** The position under a point, or -1 over padding, a header, a gap past the last column or an empty tail. */
    public int positionAt(double x, double y) {
        if (x < PADDING || y < PADDING) {
            return -1;
        }
        int col = (int) ((x - PADDING) / pitch);
        if (col >= columns) {
            return -1;
        }
        int s = sectionAtY(y);
        if (s < 0) {
            return -1;
        }
        double inCells = y - sectionTop[s] - headerHeight;
        if (inCells < 0) {
            return -1;
        }
        int index = (int) (inCells / pitch) * columns + col;
        return index < sectionSize(s) ? sectionStart[s] + index : -1;
    }

    /** First position whose cell reaches below {@code top}, or -1 when nothing is that low. */
    public int firstVisible(double top) {
        for (int s = Math.max(0, sectionAtY(top)); s < sections(); s++) {
            double inCells = top - sectionTop[s] - headerHeight;
            int row = inCells <= 0 ? 0 : (int) (inCells / pitch);
            int pos = sectionStart[s] + row * columns;
            if (pos < sectionStart[s + 1]) {
                return pos;
            }
        }
        return -1;
    }

    /** Last position whose cell starts above {@code bottom}, or -1 when none does. */
    public int lastVisible(double bottom) {
        int s = sectionAtY(bottom);
        if (s < 0) {
            s = bottom < PADDING ? -1 : sections() - 1;
        }
        for (; s >= 0; s--) {
            double inCells = bottom - sectionTop[s] - headerHeight;
            if (inCells <= 0 || sectionSize(s) == 0) {
                continue;
            }
            int row = (int) Math.ceil(inCells / pitch) - 1;
            return Math.min(sectionStart[s] + (row + 1) * columns, sectionStart[s + 1]) - 1;
        }
        return -1;
    }

    /** The section whose band (header, cells, trailing gap) covers y, or -1 above the first / below the last. */
    private int sectionAtY(double y) {
        int n = sections();
        if (n == 0 || y < sectionTop[0] || y >= sectionTop[n]) {
            return -1;
        }
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sectionTop[mid] <= y) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
