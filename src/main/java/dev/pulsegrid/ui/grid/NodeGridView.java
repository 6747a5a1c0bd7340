package dev.pulsegrid.ui.grid;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.NodeView;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The node grid: every node one cell, in one pixel buffer, fed one snapshot per pulse through
 * {@link #show}. Holds what the operator chose (filter, grouping, sort, zoom, selection); its
 * {@link NodeGridSkin} does the layout arithmetic and painting. Use from the FX thread only.
 */
public class NodeGridView extends Control {
    /** Entry value meaning "nothing". Entries are slots (>= 0) or ~missingIndex (< 0, > NONE). */
    public static final int NONE = Integer.MIN_VALUE;

    private final ObjectProperty<NodeFilter> filter = new SimpleObjectProperty<>(this, "filter", NodeFilter.ALL);
    private final StringProperty groupKey = new SimpleStringProperty(this, "groupKey", null);
    private final ObjectProperty<SortOrder> sort = new SimpleObjectProperty<>(this, "sort", SortOrder.FIRST_SEEN);
    private final ObjectProperty<Inventory> inventory = new SimpleObjectProperty<>(this, "inventory", Inventory.NONE);
    private final ObjectProperty<StatePalette> palette = new SimpleObjectProperty<>(this, "palette", StatePalette.DARK);
    /** Cell pitch in px; 0 = choose the largest that fits the whole grid on screen. */
    private final IntegerProperty pitch = new SimpleIntegerProperty(this, "pitch", 0);
    private final ReadOnlyObjectWrapper<GridOrder> order = new ReadOnlyObjectWrapper<>(this, "order", GridOrder.EMPTY);
    private final ReadOnlyStringWrapper selectedId = new ReadOnlyStringWrapper(this, "selectedId", null);
    private final ReadOnlyStringWrapper hoveredId = new ReadOnlyStringWrapper(this, "hoveredId", null);
    private final ObjectProperty<Consumer<String>> onOpen = new SimpleObjectProperty<>(this, "onOpen", id -> { });

    private ClusterSnapshot snapshot;
    private long nowNanos;
    private final OrderStaleness staleness = new OrderStaleness();
    private final OrderWorker worker = new OrderWorker();
    private final OrderKeys.NameRanks names = new OrderKeys.NameRanks();
    private long requested;
    /** From this many slots on, orders are built on {@link OrderWorker}'s thread. */
    static int asyncFromSlots = 5_000;
    private int selectedEntry = NONE;
    private java.util.BitSet flappingSlots = new java.util.BitSet();
    private java.util.function.LongSupplier frameClock = System::nanoTime;

    public NodeGridView() {
        getStyleClass().add("node-grid");
        setFocusTraversable(true);
        filter.addListener((o, a, b) -> staleness.invalidate());
        groupKey.addListener((o, a, b) -> staleness.invalidate());
        sort.addListener((o, a, b) -> staleness.invalidate());
        inventory.addListener((o, a, b) -> staleness.invalidate());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new NodeGridSkin(this);
    }

    /** Called once per pulse with the newest snapshot and the membership clock's now. */
    public void show(ClusterSnapshot s, long now) {
        if (s != snapshot) {
            staleness.noteChanges(snapshot, s);
            snapshot = s;
        }
        nowNanos = now;
        staleness.frame();
        OrderWorker.Result built = worker.poll();
        if (built != null && built.id() == requested) {
            if (built.order() == null) {
                staleness.invalidate(); // the build failed: ask again rather than show a stale order forever
            } else {
                install(built.order());
            }
        }
        if (staleness.due(sort.get(), filter.get(), groupKey.get() != null, s)) {
            rebuildOrder();
        }
        if (getSkin() instanceof NodeGridSkin skin) {
            skin.paint();
        }
    }

    private void rebuildOrder() {
        NodeView[] nodes = snapshot == null ? new NodeView[0] : snapshot.nodes();
        staleness.rebuilt(snapshot == null ? -1 : snapshot.version());
        if (nodes.length < asyncFromSlots) {
            requested++;
            install(GridOrder.build(nodes, inventory.get(), filter.get(), groupKey.get(), sort.get(), nowNanos, names));
        } else {
            worker.submit(new OrderWorker.Request(++requested, nodes, inventory.get(), filter.get(), groupKey.get(),
                    sort.get(), nowNanos));
        }
    }

    private void install(GridOrder o) {
        order.set(o);
        if (selectedEntry != NONE && o.positionOf(selectedEntry) < 0) {
            select(NONE);
        }
    }

    // ---- what the skin and controllers read ----

    public ClusterSnapshot snapshot() {
        return snapshot;
    }

    public long nowNanos() {
        return nowNanos;
    }

    /** The frame clock (real time unless a test sets it): how long a transition's flash ring shows. */
    public void setFrameClock(java.util.function.LongSupplier clock) {
        frameClock = clock;
    }

    long frameNanos() {
        return frameClock.getAsLong();
    }

    /** The node of an entry in the current snapshot, or null for MISSING / forgotten entries. */
    public NodeView node(int entry) {
        if (entry < 0 || snapshot == null || entry >= snapshot.nodes().length) {
            return null;
        }
        return snapshot.nodes()[entry];
    }

    public CellState stateOf(int entry) {
        NodeView v = node(entry);
        return v != null ? CellState.of(v.state()) : CellState.MISSING;
    }

    public String idOf(int entry) {
        if (entry == NONE) {
            return null;
        }
        if (entry < 0) {
            return order.get().missingEntry(entry).id();
        }
        NodeView v = node(entry);
        return v == null ? null : v.id();
    }

    public Map<String, String> metaOf(int entry) {
        if (entry < 0 && entry != NONE) {
            return order.get().missingEntry(entry).meta();
        }
        NodeView v = node(entry);
        return v == null ? Map.of() : v.meta();
    }

    public int selectedEntry() {
        return selectedEntry;
    }

    /** The selected node in the current snapshot, or null (nothing selected, or a MISSING node). */
    public NodeView selectedNode() {
        return node(selectedEntry);
    }

    void select(int entry) {
        selectedEntry = entry;
        selectedId.set(idOf(entry));
        if (getSkin() instanceof NodeGridSkin skin) {
            skin.selectionChanged();
        }
    }

    /** Selects a node by id if the grid shows it; returns whether it did. */
    public boolean select(String id) {
        GridOrder o = order.get();
        for (int p = 0; p < o.size(); p++) {
            if (id.equals(idOf(o.entry(p)))) {
                select(o.entry(p));
                return true;
            }
        }
        return false;
    }

    public void clearSelection() {
        select(NONE);
    }

    void hover(int entry) {
        hoveredId.set(idOf(entry));
    }

    void open() {
        if (selectedEntry != NONE) {
            onOpen.get().accept(selectedId.get());
        }
    }

    /** Slots of flapping nodes: their cells get a corner mark. Replaced, never mutated, by the caller. */
    public void setFlappingSlots(java.util.BitSet slots) {
        flappingSlots = slots;
    }

    public java.util.BitSet flappingSlots() {
        return flappingSlots;
    }

    /** The pitch in force: the chosen one, or the largest that fits everything in the viewport. */
    int getPitchOrAuto(double width, double height, int headerHeight) {
        int p = pitch.get();
        return p > 0 ? Math.max(Zoom.MIN, Math.min(Zoom.MAX, p))
                : Zoom.fit(width, height, headerHeight, order.get().sectionSizes());
    }

    /**
     * Where a node's cell is drawn, in this control's coordinates, or null when it is not shown or
     * scrolled out of view. For tests and for pointing at a node (e.g. after a search).
     */
    public javafx.geometry.Rectangle2D cellBounds(String id) {
        if (!(getSkin() instanceof NodeGridSkin skin)) {
            return null;
        }
        GridOrder o = order.get();
        for (int p = 0; p < o.size(); p++) {
            if (id.equals(idOf(o.entry(p)))) {
                return skin.cellBounds(p);
            }
        }
        return null;
    }

    /** Where the cell at a grid position is drawn (see {@link #order()}), or null when scrolled out of view. */
    public javafx.geometry.Rectangle2D cellBoundsAt(int position) {
        return getSkin() instanceof NodeGridSkin skin && position >= 0 && position < order.get().size()
                ? skin.cellBounds(position) : null;
    }

    /** The ARGB colour actually drawn at a point of the grid (read back from the pixel buffer). */
    public int drawnPixel(double x, double y) {
        return getSkin() instanceof NodeGridSkin skin ? skin.pixelAt((int) x, (int) y) : 0;
    }

    /**
     * The ARGB colour the grid hands to the screen at a point: {@link #drawnPixel} once the cell's tile
     * has gone out (a transition's the same frame, an age-fill change within a few frames).
     */
    public int shownPixel(double x, double y) {
        return getSkin() instanceof NodeGridSkin skin ? skin.shownPixelAt((int) x, (int) y) : 0;
    }

    /** Cells painted and picture tiles handed to JavaFX on the last frame (for the frame benchmark). */
    public int[] lastFrameWork() {
        return getSkin() instanceof NodeGridSkin skin ? skin.lastFrameWork() : new int[2];
    }

    /** The text the hover tooltip shows now ("" when not over a cell). */
    public String tooltipText() {
        return getSkin() instanceof NodeGridSkin skin ? skin.tooltipText() : "";
    }

    /** The pitch the skin is drawing with right now. */
    public int effectivePitch() {
        return getSkin() instanceof NodeGridSkin skin ? skin.layout().pitch() : Zoom.MIN;
    }

    // ---- properties ----

    public ObjectProperty<NodeFilter> filterProperty() {
        return filter;
    }

    public StringProperty groupKeyProperty() {
        return groupKey;
    }

    public ObjectProperty<SortOrder> sortProperty() {
        return sort;
    }

    public ObjectProperty<Inventory> inventoryProperty() {
        return inventory;
    }

    public ObjectProperty<StatePalette> paletteProperty() {
        return palette;
    }

    public IntegerProperty pitchProperty() {
        return pitch;
    }

    public ReadOnlyObjectProperty<GridOrder> orderProperty() {
        return order.getReadOnlyProperty();
    }

    public GridOrder order() {
        return order.get();
    }

    public ReadOnlyStringProperty selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hoveredIdProperty() {
        return hoveredId.getReadOnlyProperty();
    }

    public ObjectProperty<Consumer<String>> onOpenProperty() {
        return onOpen;
    }
}
