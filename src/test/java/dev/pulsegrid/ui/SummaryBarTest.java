package dev.pulsegrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pulsegrid.cluster.ClusterSnapshot;
import dev.pulsegrid.cluster.ManualClock;
import dev.pulsegrid.cluster.Membership;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.ui.grid.GridOrder;
import dev.pulsegrid.ui.grid.NodeGridView;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The counts line: live, but not redrawn on every pulse of an uncapped or 144 Hz screen. */
@ExtendWith(ApplicationExtension.class)
class SummaryBarTest {
    private final ManualClock clock = new ManualClock();
    private final Membership membership = new Membership(clock, FixedTimeoutDetector.defaults());

    @Start
    void start(Stage stage) {
        // the toolkit only: the bar's controls are made and read on the FX thread below
    }

    @Test
    void aNodeAPulseForASecondOfUncappedPulsesRedrawsTheCountsFourTimesEndingOnTheNewest() {
        List<String> shown = Fx.get(() -> {
            long[] wall = {0};
            Button alive = new Button();
            Button[] counts = {alive, new Button(), new Button(), new Button(), new Button()};
            SummaryBar bar = new SummaryBar(counts, new Label(), new Label(), new Label(), new Label(), () -> wall[0]);
            GridOrder order = new NodeGridView().order();
            List<String> texts = new ArrayList<>();
            alive.textProperty().addListener((o, a, b) -> texts.add(b));
            for (int pulse = 0; pulse < 1000; pulse++) { // 1 ms apart, as under -Djavafx.animation.fullspeed
                wall[0] = pulse * 1_000_000L;
                membership.onHeartbeat(Heartbeat.of("node-" + pulse), new InetSocketAddress("10.0.0.1", 7946), "native");
                ClusterSnapshot s = membership.publish();
                bar.update(s, order, clock.nanos());
            }
            // and once the interval has passed, the newest count shows
            wall[0] = 1_250_000_000L;
            bar.update(membership.publish(), order, clock.nanos());
            return texts;
        });
        assertEquals(List.of("■ Alive 1", "■ Alive 251", "■ Alive 501", "■ Alive 751", "■ Alive 1000"), shown);
    }
}
