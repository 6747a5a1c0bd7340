package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.net.IngestHealth;
import dev.pulsegrid.net.IngestHealthMeter;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
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

    static Stage open(Window owner, IngestHealthMeter meter, Supplier<ClusterSnapshot> snapshot) {
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
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pulsegrid-ingest-health");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(() -> {
            IngestHealth h = meter.sample();
            long refused = snapshot.get().refusedOverCap();
            Platform.runLater(() -> w.show(h, refused));
        }, 0, 1, TimeUnit.SECONDS);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Pulsegrid — ingest health");
        stage.setScene(new Scene(grid, 620, 200));
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

    String text() {
        return String.join("\n", rates.getText(), totals.getText(), rejects.getText(), kernel.getText(), cap.getText());
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId("health-" + id);
        return l;
    }
}
