package dev.pulsegrid.ui;

import dev.pulsegrid.cli.DetectorOptions;
import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.NodeView;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.replay.ArrivalHistory;
import dev.pulsegrid.replay.WhatIf;
import dev.pulsegrid.ui.DetectorControls.Kind;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * The tuning panel at the bottom of the window: which detector decides (fixed, phi, adaptive) and
 * each of its parameters as slider plus exact spinner. A settled change (slider released, value
 * typed) applies live to every node through {@code apply}; while a slider is still held, the
 * candidate is only previewed: replayed over the retained heartbeat history on a background thread
 * ({@link WhatIfPreviewer}), newest request only, result shown with one runLater. The command-line
 * flags of the setting in force are shown, copyable.
 */
public final class TuningPanelController {
    static final String DEFINITIONS = """
            What-if over the retained heartbeat history (the last 10 minutes), replayed through the candidate setting:
            • change now: nodes whose state under the candidate differs from their live state at this moment;
            • false suspicion: a SUSPECT the candidate raises on a node that is heard again afterwards
              (false DEAD: it went on to DEAD before the node was heard again);
            • failure: a node that is DEAD now and has not been heard since; its detection time runs from its
              last heartbeat to the candidate's DEAD (median and worst).
            Nodes under a per-group override and nodes that left are not counted: this default does not judge them.
            Open… lists each detected failure and false alarm; choosing one selects the node in the grid.""";

    private final Consumer<FailureDetector> apply;
    private final FailureDetector initial;
    private final ClusterFeed feed;
    private final WhatIfPreviewer previewer;
    private LatestOnly<PreviewRequest, PreviewShown> previews;
    private Consumer<String> selectNode = id -> { };
    private DetectorControls controls;
    private FailureDetector applied;
    private PreviewShown shown;
    private int intervalMs = 1000;
    private boolean switching;

    @FXML private ComboBox<Kind> detectorKind;
    @FXML private HBox mainParams;
    @FXML private ToggleButton moreToggle;
    @FXML private FlowPane moreParams;
    @FXML private Label detectorText;
    @FXML private Label previewText;
    @FXML private Label detectionText;
    private java.util.function.Supplier<String> groupKey = () -> null;
    private LatestOnly<DetectionRequest, DetectionShown> detection;
    @FXML private Button incidentsButton;
    @FXML private TextField flagsText;

    private record PreviewRequest(FailureDetector candidate, ClusterSnapshot snapshot, long nowWallMillis) {
    }

    record PreviewShown(FailureDetector candidate, WhatIf.Preview preview, long horizonMs) {
    }

    public TuningPanelController(Consumer<FailureDetector> apply, FailureDetector initial) {
        this(apply, initial, null);
    }

    /** With a feed that keeps arrival history, drags show a what-if preview; without, they only apply. */
    public TuningPanelController(Consumer<FailureDetector> apply, FailureDetector initial, ClusterFeed feed) {
        this.apply = apply;
        this.initial = initial;
        this.feed = feed;
        ArrivalHistory h = feed == null ? null : feed.arrivalHistory();
        this.previewer = h == null ? null : new WhatIfPreviewer(h);
    }

    @FXML
    private void initialize() {
        applied = initial;
        controls = new DetectorControls(initial, () -> intervalMs);
        for (TuningControl c : controls.all()) {
            c.onDrag(() -> dragged(c));
            c.onSettle(() -> settled(c));
        }
        detectorKind.getItems().setAll(Kind.values());
        detectorKind.setValue(DetectorControls.kindOf(initial));
        detectorKind.setTooltip(new Tooltip("Which failure detector judges every node; on the command line: --detector"));
        detectorKind.valueProperty().addListener((o, a, k) -> {
            showControls(k);
            settled(null);
        });
        moreParams.visibleProperty().bind(moreToggle.selectedProperty());
        moreParams.managedProperty().bind(moreToggle.selectedProperty());
        showControls(detectorKind.getValue());
        Tooltip definitions = new Tooltip(DEFINITIONS);
        previewText.setTooltip(definitions);
        incidentsButton.setTooltip(definitions);
        previewText.setText(previewer == null ? "" : "Drag a slider to see what the setting would do before letting go.");
        showApplied();
        if (feed != null) {
            readInterval(feed.snapshot());
        }
        if (feed != null) {
            watchDetectionTimes();
        }
        if (previewer != null) {
            previews = new LatestOnly<>("pulsegrid-what-if",
                    r -> new PreviewShown(r.candidate(), previewer.preview(r.snapshot(), r.nowWallMillis(), r.candidate()),
                            previewer.history().horizonMs()),
                    this::showPreview, e -> previewText.setText("What-if failed: " + e.getMessage()));
        }
    }

    private void showControls(Kind k) {
        switching = true;
        mainParams.getChildren().setAll(controls.main(k).stream().map(TuningControl::node).toList());
        moreParams.getChildren().setAll(controls.more(k).stream().map(TuningControl::node).toList());
        moreToggle.setDisable(controls.more(k).isEmpty());
        if (controls.more(k).isEmpty()) {
            moreToggle.setSelected(false);
        }
        switching = false;
    }

    /** A slider moved while still held: preview only. */
    private void dragged(TuningControl moved) {
        keepOrdered(moved);
        FailureDetector candidate = candidate();
        if (candidate != null) {
            requestPreview(candidate);
        }
    }

    /** A value was let go of (or the kind changed): keep pairs ordered, apply if it differs from what is in force. */
    private void settled(TuningControl moved) {
        if (switching) {
            return;
        }
        keepOrdered(moved);
        FailureDetector next = candidate();
        if (next == null) {
            return;
        }
        if (!flags(next).equals(flags(applied))) {
            applied = next;
            apply.accept(next);
        }
        showApplied();
        requestPreview(next);
    }

    /** The command-line form, or "" for a detector the flags cannot express. */
    private static String flags(FailureDetector d) {
        try {
            return DetectorOptions.flagsFor(d);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Moving one bound of an ordered pair past the other pushes the other along. */
    private void keepOrdered(TuningControl moved) {
        for (TuningControl[] pair : controls.orderedPairs()) {
            if (pair[1].value() < pair[0].value()) {
                if (moved == pair[1]) {
                    pair[0].setQuietly(pair[1].value());
                } else {
                    pair[1].setQuietly(pair[0].value());
                }
            }
        }
    }

    private FailureDetector candidate() {
        try {
            return controls.detector(detectorKind.getValue());
        } catch (IllegalArgumentException e) {
            detectorText.setText("Not applied: " + e.getMessage());
            return null;
        }
    }

    private void showApplied() {
        detectorText.setText("");
        flagsText.setText(flags(applied));
        flagsText.setTooltip(new Tooltip("In force: " + applied.describe()
                + "\nThe same setting on the command line (watch, gui, replay): select and copy"));
    }

    private void requestPreview(FailureDetector candidate) {
        if (previews == null) {
            return;
        }
        ClusterSnapshot s = feed.snapshot();
        readInterval(s);
        long now = s.takenAtWallMillis() + (feed.nowNanos() - s.takenAtNanos()) / 1_000_000;
        previews.submit(new PreviewRequest(candidate, s, now));
    }

    private void readInterval(ClusterSnapshot s) {
        int i = typicalInterval(s);
        if (i != intervalMs) {
            intervalMs = i;
            controls.all().forEach(TuningControl::updateHint);
        }
    }

    private void showPreview(PreviewShown p) {
        shown = p;
        previewText.setText(PreviewText.of(p.preview(), p.horizonMs()));
        WhatIf.Preview w = p.preview();
        incidentsButton.setDisable(w.detected().isEmpty() && w.falseDeads().isEmpty() && w.falseSuspects().isEmpty());
    }

    @FXML
    private void openIncidents() {
        if (shown != null) {
            IncidentList.show(incidentsButton, shown, selectNode);
        }
    }

    /**
     * Shows a detector put in force elsewhere (the overrides dialog's "Reset to defaults") without
     * applying it again, so the panel never shows a setting that is not in force.
     */
    public void show(FailureDetector d) {
        switching = true;
        controls.load(d);
        detectorKind.setValue(DetectorControls.kindOf(d));
        showControls(detectorKind.getValue());
        switching = false;
        applied = d;
        showApplied();
    }

    /** Where choosing an incident goes: the main window selects that node in the grid. */
    public void setOnSelectNode(Consumer<String> select) {
        this.selectNode = select == null ? id -> { } : select;
    }

    /** The grid's grouping key, for detection times per group. */
    public void setGroupKey(java.util.function.Supplier<String> key) {
        groupKey = key == null ? () -> null : key;
    }

    /**
     * Every two seconds, while the window shows: what the settings in force mean per node and group
     * (each node's dead-after), summarised off the FX thread from one snapshot.
     */
    private void watchDetectionTimes() {
        detection = new LatestOnly<>("pulsegrid-detection-times",
                r -> new DetectionShown(DetectionTimes.of(r.snapshot().nodes(), r.groupKey()), r.groupKey()), d -> {
                    detectionText.setText(d.times().line(d.groupKey()));
                    detectionText.setTooltip(d.times().nodes() == 0 ? null : new Tooltip(d.times().table(d.groupKey())));
                }, e -> detectionText.setText(""));
        javafx.animation.Timeline every = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(2), e -> {
                    javafx.scene.Scene scene = detectionText.getScene();
                    if (scene != null && scene.getWindow() != null && scene.getWindow().isShowing()) {
                        detection.submit(new DetectionRequest(feed.snapshot(), groupKey.get()));
                    }
                }));
        every.setCycleCount(javafx.animation.Animation.INDEFINITE);
        every.play();
    }

    private record DetectionRequest(ClusterSnapshot snapshot, String groupKey) {
    }

    private record DetectionShown(DetectionTimes times, String groupKey) {
    }

    /** The detector now in force from this panel. */
    public FailureDetector applied() {
        return applied;
    }

    /** The nodes' usual announced heartbeat interval (median of a sample), for "missed heartbeats". */
    static int typicalInterval(ClusterSnapshot s) {
        NodeView[] nodes = s.nodes();
        int stride = Math.max(1, nodes.length / 1000);
        int[] seen = new int[nodes.length / stride + 1];
        int n = 0;
        for (int i = 0; i < nodes.length; i += stride) {
            if (nodes[i] != null && nodes[i].intervalHintMillis() > 0) {
                seen[n++] = nodes[i].intervalHintMillis();
            }
        }
        if (n == 0) {
            return 1000;
        }
        Arrays.sort(seen, 0, n);
        return seen[n / 2];
    }
}
