package dev.pulsegrid.ui.journal;

import dev.pulsegrid.cluster.Clock;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.journal.EventKind;
import dev.pulsegrid.journal.Journal;
import dev.pulsegrid.journal.JournalEvent;
import dev.pulsegrid.journal.JournalQuery;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The node log: filters, a virtualised table of journal events that updates live, a timeline strip. */
public final class JournalViewController {
    static final String ALL_KINDS = "All kinds";
    /** More nodes than this (a group) are not typed into the node field but kept as the viewer's scope. */
    static final int LISTED_NODES = 20;
    static final List<String> RANGES = List.of("All time", "Last 15 minutes", "Last hour", "Last 24 hours");
    private static final long[] RANGE_MILLIS = {0, 15 * 60_000L, 3_600_000L, 86_400_000L};
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneId.systemDefault());

    @FXML TextField nodeFilter;
    @FXML ComboBox<String> kindFilter;
    @FXML ComboBox<String> rangeFilter;
    @FXML TextField textFilter;
    @FXML TableView<JournalEvent> table;
    @FXML Label status;
    @FXML VBox timelineBox;

    private final Journal journal;
    private final Clock clock;
    private final Set<String> initialNodes;
    private final long pollMillis;
    private final ObservableList<JournalEvent> rows = FXCollections.observableArrayList();
    private final TimelineStrip timeline = new TimelineStrip();
    private EventPoller poller;
    private JournalQuery query = JournalQuery.ALL;

    public JournalViewController(Journal journal, Clock clock, Set<String> nodes, long pollMillis) {
        this.journal = journal;
        this.clock = clock;
        this.initialNodes = nodes;
        this.pollMillis = pollMillis;
    }

    @FXML
    void initialize() {
        kindFilter.getItems().add(ALL_KINDS);
        Arrays.stream(EventKind.values()).map(Enum::name).forEach(kindFilter.getItems()::add);
        kindFilter.getSelectionModel().select(0);
        rangeFilter.getItems().setAll(RANGES);
        rangeFilter.getSelectionModel().select(0);
        if (initialNodes.size() > LISTED_NODES) {
            nodeFilter.setPromptText(String.format(Locale.ROOT, "the %,d nodes shown; type ids to narrow", initialNodes.size()));
        } else {
            nodeFilter.setText(String.join(", ", initialNodes));
        }
        table.setItems(rows);
        table.getColumns().setAll(List.of(
                column("Time", 195, e -> TIME.format(Instant.ofEpochMilli(e.wallMillis()))),
                column("Kind", 120, e -> e.kind().name()),
                column("Node", 120, e -> e.nodeId() == null ? "" : e.nodeId()),
                column("From", 70, e -> state(e.from())),
                column("To", 70, e -> state(e.to())),
                column("Reason", 320, e -> e.reason() == null ? "" : e.reason()),
                column("Address", 140, e -> e.address() == null ? "" : e.address())));
        timelineBox.getChildren().add(timeline);
        nodeFilter.textProperty().addListener((o, a, b) -> refilter());
        textFilter.textProperty().addListener((o, a, b) -> refilter());
        kindFilter.valueProperty().addListener((o, a, b) -> refilter());
        rangeFilter.valueProperty().addListener((o, a, b) -> refilter());
        query = currentQuery();
        poller = new EventPoller(journal, query, pollMillis, batch -> Platform.runLater(() -> apply(batch)));
    }

    /** The filters as a journal query; also the scope of Export. */
    public JournalQuery currentQuery() {
        Set<String> nodes = new LinkedHashSet<>();
        for (String s : nodeFilter.getText().split("[,\\s]+")) {
            if (!s.isBlank()) {
                nodes.add(s.trim());
            }
        }
        if (nodes.isEmpty() && initialNodes.size() > LISTED_NODES) {
            nodes = initialNodes; // the group it was opened for; ids typed in the field replace it
        }
        String kind = kindFilter.getValue();
        Set<EventKind> kinds = kind == null || kind.equals(ALL_KINDS) ? Set.of() : Set.of(EventKind.valueOf(kind));
        int range = Math.max(0, rangeFilter.getSelectionModel().getSelectedIndex());
        Long from = RANGE_MILLIS[range] == 0 ? null : clock.wallMillis() - RANGE_MILLIS[range];
        return new JournalQuery(nodes, kinds, from, null, textFilter.getText(), 0, 0);
    }

    @FXML
    void export() {
        ExportDialog.open(table.getScene().getWindow(), journal, currentQuery());
    }

    /** Stops polling; called when the window closes. */
    public void close() {
        if (poller != null) {
            poller.close();
        }
    }

    public ObservableList<JournalEvent> rows() {
        return rows;
    }

    TimelineStrip timeline() {
        return timeline;
    }

    private void refilter() {
        query = currentQuery();
        poller.setQuery(query);
    }

    private void apply(EventPoller.Batch batch) {
        if (batch.reset()) {
            rows.setAll(batch.rows());
        } else {
            rows.addAll(batch.rows());
            if (rows.size() > EventPoller.MAX_ROWS) {
                rows.remove(0, rows.size() - EventPoller.MAX_ROWS);
            }
        }
        long now = clock.wallMillis();
        long from = query.fromMillis() != null ? query.fromMillis()
                : rows.isEmpty() ? now - 60_000 : rows.get(0).wallMillis();
        timeline.show(rows, from, now);
        status.setText(String.format(Locale.ROOT, "%,d events%s · live from %s", rows.size(),
                rows.size() >= EventPoller.MAX_ROWS ? " (newest shown)" : "", journal.path()));
    }

    private static String state(NodeState s) {
        return s == null ? "" : s.name();
    }

    private static TableColumn<JournalEvent, String> column(String title, double width, Function<JournalEvent, String> value) {
        TableColumn<JournalEvent, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }
}
