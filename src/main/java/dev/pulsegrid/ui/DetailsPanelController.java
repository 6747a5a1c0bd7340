package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.detect.Durations;
import dev.pulsegrid.ui.grid.CellState;
import dev.pulsegrid.ui.grid.StatePalette;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;

/**
 * One node's story: address, incarnation, metadata, silence against its thresholds, recent
 * inter-arrival times with the thresholds drawn in, and its recent transitions. Updated from the
 * pulse only while open; intervals are fetched from the membership thread about once a second.
 */
public final class DetailsPanelController {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final long INTERVAL_REFRESH_NANOS = 1_000_000_000L;

    private final ClusterFeed feed;
    private final TransitionLog log;
    private String nodeId;
    private Runnable onClose = () -> { };
    private java.util.function.Consumer<String> onOpenLog = id -> { };
    private java.util.function.Function<String, String> sourceNote = id -> null;
    private StatePalette palette = StatePalette.DARK;
    private int[] intervals = new int[0];
    private long intervalsAskedAt = Long.MIN_VALUE;
    private long shownStory = -1;

    @FXML private Node root;
    @FXML private Label title;
    @FXML private Label state;
    @FXML private Label flapping;
    @FXML private Label facts;
    @FXML private Label detector;
    @FXML private Canvas ageGauge;
    @FXML private Canvas intervalChart;
    @FXML private Label intervalSummary;
    @FXML private ListView<String> transitions;
    /** What the list says when it is empty: a first contact is not kept as a transition (see TransitionLog). */
    private final Label transitionsNote = new Label();
    @FXML private Button close;

    public DetailsPanelController(ClusterFeed feed, TransitionLog log) {
        this.feed = feed;
        this.log = log;
    }

    @FXML
    private void initialize() {
        root = title.getParent().getParent();
        transitionsNote.getStyleClass().add("details-facts");
        transitions.setPlaceholder(transitionsNote);
    }

    public void setOnClose(Runnable r) {
        onClose = r;
    }

    /** What "Node log…" does with this node's id (opens the journal viewer). */
    public void setOnOpenLog(java.util.function.Consumer<String> c) {
        onOpenLog = c;
    }

    @FXML
    private void openLog() {
        if (nodeId != null) {
            onOpenLog.accept(nodeId);
        }
    }

    public void setPalette(StatePalette p) {
        palette = p;
    }

    public boolean isOpen() {
        return nodeId != null;
    }

    public String nodeId() {
        return nodeId;
    }

    public void open(String id) {
        if (!id.equals(nodeId)) {
            nodeId = id;
            intervals = new int[0];
            intervalsAskedAt = Long.MIN_VALUE;
            shownStory = -1;
            transitions.getItems().clear(); // not the last node's story under this one's name
            intervalChart.getGraphicsContext2D().clearRect(0, 0, intervalChart.getWidth(), intervalChart.getHeight());
            intervalSummary.setText("");
        }
        root.setVisible(true);
        root.setManaged(true);
    }

    /** As a gossip peer: how each node is known (heard directly, or learned from whom); null = nothing to add. */
    public void setSourceNote(java.util.function.Function<String, String> note) {
        this.sourceNote = note;
    }

    private String sourceNote(String id) {
        String note = sourceNote.apply(id);
        return note == null ? "" : " — " + note;
    }

    @FXML
    public void close() {
        nodeId = null;
        root.setVisible(false);
        root.setManaged(false);
        onClose.run();
    }

    /** Called every pulse with the node's newest view (null when MISSING or forgotten). */
    public void update(NodeView n, Map<String, String> missingMeta, long now) {
        if (nodeId == null) {
            return;
        }
        title.setText(nodeId);
        if (n == null) {
            transitionsNote.setText("None: never heard from");
            setText(state, CellState.MISSING.glyph() + " Missing — expected, never heard from");
            setText(facts, metaText(missingMeta));
            setText(detector, "");
            paintGauge(null, now);
            return;
        }
        transitionsNote.setText("None since first heard");
        CellState s = CellState.of(n.state());
        setText(state, s.glyph() + " " + s.label() + " for " + Durations.seconds(Math.max(0, now - n.stateSinceNanos())));
        String text = "Address  " + n.addressText() + "\n"
                + "Incarnation  " + n.incarnation() + "   sequence " + n.sequence() + "\n"
                + "Heartbeats  " + n.heartbeats() + (n.intervalHintMillis() > 0 ? "   every " + n.intervalHintMillis() + " ms" : "") + "\n"
                + "Source  " + n.source() + sourceNote(n.id()) + "\n"
                + metaText(n.meta());
        setText(facts, text);
        setText(detector, detectorText(n));
        TransitionLog.History h = log.history(nodeId);
        boolean flaps = n.flapping();
        flapping.setVisible(flaps);
        flapping.setManaged(flaps);
        if (flaps) {
            setText(flapping, flapLine(h == null ? null : h.flapReason()));
        }
        paintGauge(n, now);
        if (now - intervalsAskedAt >= INTERVAL_REFRESH_NANOS || intervalsAskedAt == Long.MIN_VALUE) {
            intervalsAskedAt = now;
            String asked = nodeId;
            feed.recentIntervals(asked).thenAccept(iv -> Platform.runLater(() -> {
                if (asked.equals(nodeId)) {
                    intervals = iv;
                    IntervalChart.paint(intervalChart, intervals, n.suspectAfterNanos(), n.deadAfterNanos(), palette);
                    intervalSummary.setText(IntervalChart.summary(intervals));
                }
            }));
        }
        updateTransitions(h);
    }

    /** "⇅ Flapping: 62% weighted state change in 2m" from membership's reason when it started. */
    static String flapLine(String startReason) {
        String prefix = "flapping: ";
        if (startReason == null || !startReason.startsWith(prefix)) {
            return "\u21C5 Flapping";
        }
        return "\u21C5 Flapping: " + startReason.substring(prefix.length());
    }

    private void updateTransitions(TransitionLog.History h) {
        long story = h == null ? 0 : h.stamp();
        if (story == shownStory) {
            return;
        }
        shownStory = story;
        List<MembershipEvent> events = h == null ? List.of() : h.events();
        List<String> lines = new ArrayList<>();
        for (int i = events.size() - 1; i >= 0; i--) {
            MembershipEvent e = events.get(i);
            String what = e.isTransition()
                    ? (e.from() == null ? "first heard" : e.from() + " → " + e.to())
                    : e.kind().toString().toLowerCase().replace('_', ' ');
            lines.add(TIME.format(Instant.ofEpochMilli(e.wallMillis())) + "  " + what
                    + (e.reason() == null ? "" : "  — " + e.reason()));
        }
        transitions.getItems().setAll(lines);
    }

    private void paintGauge(NodeView n, long now) {
        IntervalChart.paintGauge(ageGauge, n, now, palette);
    }

    /** Which detector judges the node: "Detector: role=db override — suspect 10 s, dead 30 s" or "Detector: default". */
    static String detectorText(NodeView n) {
        if (n.detectorOverride() == null) {
            return "Detector: default";
        }
        return "Detector: " + n.detectorOverride() + " override — suspect " + spaced(n.suspectAfterNanos())
                + ", dead " + spaced(n.deadAfterNanos());
    }

    private static String spaced(long nanos) {
        return Durations.format(java.time.Duration.ofNanos(nanos)).replaceAll("(\\d)([a-z]+)$", "$1 $2");
    }

    /** For tests: the detector line. */
    public String detectorLine() {
        return detector.getText();
    }

    private static String metaText(Map<String, String> meta) {
        if (meta == null || meta.isEmpty()) {
            return "No metadata";
        }
        StringBuilder b = new StringBuilder();
        new TreeMap<>(meta).forEach((k, v) -> b.append(b.length() == 0 ? "" : "   ").append(k).append('=').append(v));
        return b.toString();
    }

    private void setText(Label l, String text) {
        if (!text.equals(l.getText())) {
            l.setText(text);
        }
    }

    /** For tests: what the panel says. */
    public String titleText() {
        return title.getText();
    }
}
