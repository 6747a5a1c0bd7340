package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.net.IngestHealth;
import dev.pulsegrid.net.IngestHealthMeter;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Ingest health, once a second: what arrives, what is refused and why, and what the kernel dropped
 * before we could read it — so loss is never invisible. Reads counters only (no I/O but one small
 * /proc read), cheap enough for the FX thread at 1 Hz.
 */
final class IngestHealthWindow {
    private final IngestHealthMeter meter;
    private final Supplier<ClusterSnapshot> snapshot;
    private final Label rates = value("rates");
    private final Label totals = value("totals");
    private final Label rejects = value("rejects");
    private final Label kernel = value("kernel");
    private final Label cap = value("cap");

    IngestHealthWindow(IngestHealthMeter meter, Supplier<ClusterSnapshot> snapshot) {
        this.meter = meter;
        this.snapshot = snapshot;
    }

    static Stage open(Window owner, IngestHealthMeter meter, Supplier<ClusterSnapshot> snapshot) {
        IngestHealthWindow w = new IngestHealthWindow(meter, snapshot);
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
        w.refresh();
        Timeline tick = new Timeline(new KeyFrame(Duration.seconds(1), e -> w.refresh()));
        tick.setCycleCount(Timeline.INDEFINITE);
        tick.play();
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Pulsegrid — ingest health");
        stage.setScene(new Scene(grid, 620, 200));
        stage.setOnHidden(e -> tick.stop());
        stage.show();
        return stage;
    }

    void refresh() {
        IngestHealth h = meter.sample();
        rates.setText(String.format(Locale.ROOT, "%,.0f datagrams/s   %.1f kB/s   %,.0f accepted/s   %,.0f refused/s",
                h.datagramsPerSecond(), h.bytesPerSecond() / 1000, h.acceptedPerSecond(), h.rejectedPerSecond()));
        totals.setText(String.format(Locale.ROOT, "%,d datagrams   %,d accepted", h.datagrams(), h.accepted()));
        rejects.setText(h.rejectsByReason().isEmpty() ? "none" : h.rejectsText());
        kernel.setText(h.kernelDrops() < 0 ? "not reported by this OS"
                : String.format(Locale.ROOT, "%,.0f/s   %,d since start (receive buffer full; whole machine)",
                        h.kernelDropsPerSecond(), h.kernelDrops()));
        long refused = snapshot.get().refusedOverCap();
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
