package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.net.IngestHealth;
import dev.pulsegrid.net.IngestHealthMeter;
import dev.pulsegrid.net.SourceTally;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Ingest health, once a second: what arrives, what is refused and why, and what the kernel dropped
 * before we could read it — so loss is never invisible. Sampled on a background thread (the kernel
 * counter is a /proc read, and the FX thread does no I/O), shown with one runLater per second.
 */
final class IngestHealthWindow {
    private final Label rates = value("rates");
    private final Label totals = value("totals");
    private final Label rejects = value("rejects");
    private final Label kernel = value("kernel");
    private final Label cap = value("cap");
    private final TableView<SourceRow> sources = sourceTable();

    /**
     * @param tallies every source's counters (native, collectd, ganglia, gossip), read on the sampler thread
     * @param nanos   the monitor's clock, for the per-source rates
     */
    static Stage open(Window owner, IngestHealthMeter meter, Supplier<ClusterSnapshot> snapshot,
                      Supplier<List<SourceTally>> tallies, LongSupplier nanos) {
        IngestHealthWindow w = new IngestHealthWindow();
        GridPane grid = new GridPane();
        grid.getStyleClass().add("ingest-health");
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(14));
        String[] names = {"Receiving", "Since start", "Refused", "Kernel drops", "Node cap"};
        Label[] values = {w.rates, w.totals, w.rejects, w.kernel, w.cap};
        for (int i = 0; i < names.length; i++) {
            grid.addRow(i, new Label(names[i]), values[i]);
        }
        SourceRates rates = new SourceRates();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pulsegrid-ingest-health");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(() -> {
            IngestHealth h = meter.sample();
            long refused = snapshot.get().refusedOverCap();
            List<SourceRow> rows = rates.sample(tallies.get(), nanos.getAsLong());
            Platform.runLater(() -> {
                w.show(h, refused);
                w.showSources(rows);
            });
        }, 0, 1, TimeUnit.SECONDS);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Pulsegrid — ingest health");
        Label perSource = new Label("Per source");
        perSource.getStyleClass().add("section-title");
        VBox box = new VBox(8, grid, perSource, w.sources);
        box.setPadding(new Insets(0, 14, 14, 14));
        stage.setScene(new Scene(box, 760, 370));
        stage.setOnHidden(e -> sampler.shutdownNow());
        stage.show();
        return stage;
    }

    /** Shows one reading; FX thread. */
    void show(IngestHealth h, long refused) {
        rates.setText(String.format(Locale.ROOT, "%,.0f datagrams/s   %.1f kB/s   %,.0f accepted/s   %,.0f refused/s",
                h.datagramsPerSecond(), h.bytesPerSecond() / 1000, h.acceptedPerSecond(), h.rejectedPerSecond()));
        totals.setText(String.format(Locale.ROOT, "%,d datagrams   %,d accepted", h.datagrams(), h.accepted()));
        rejects.setText(h.rejectsByReason().isEmpty() ? "none" : h.rejectsText());
        kernel.setText(h.kernelDrops() < 0 ? "not reported by this OS"
                : String.format(Locale.ROOT, "%,.0f/s   %,d since start (receive buffer full; whole machine)",
                        h.kernelDropsPerSecond(), h.kernelDrops()));
        cap.setText(refused == 0 ? "no id refused" : String.format(Locale.ROOT, "%,d messages from new ids refused", refused));
    }

    /** Shows one reading of every source; FX thread. */
    void showSources(List<SourceRow> rows) {
        sources.getItems().setAll(rows);
    }

    List<SourceRow> sourceRows() {
        return List.copyOf(sources.getItems());
    }

    private static TableView<SourceRow> sourceTable() {
        TableView<SourceRow> t = new TableView<>();
        t.setId("health-sources");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        t.setFixedCellSize(26);
        t.setPrefHeight(26 * 4 + 30); // the four sources, no empty row
        t.getColumns().add(column("Source", 90, SourceRow::source));
        t.getColumns().add(column("Datagrams/s", 90, r -> r.running()
                ? String.format(Locale.ROOT, "%,.0f", r.datagramsPerSecond()) : "not listening"));
        t.getColumns().add(column("Datagrams", 90, r -> r.running() ? String.format(Locale.ROOT, "%,d", r.datagrams()) : ""));
        t.getColumns().add(column("Accepted", 90, r -> r.running() ? String.format(Locale.ROOT, "%,d", r.accepted()) : ""));
        t.getColumns().add(column("Rejects by reason", 260, r -> r.running() ? r.rejects() : ""));
        return t;
    }

    private static TableColumn<SourceRow, String> column(String title, double width, Function<SourceRow, String> text) {
        TableColumn<SourceRow, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(text.apply(f.getValue())));
        return c;
    }

    String text() {
        return String.join("\n", rates.getText(), totals.getText(), rejects.getText(), kernel.getText(), cap.getText());
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId("health-" + id);
        return l;
    }
}
