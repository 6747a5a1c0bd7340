package dev.pulsegrid.ui;

import dev.pulsegrid.ui.grid.Inventory;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads {@code main_window.fxml} with controllers built from plain objects, for the app and for
 * tests alike.
 */
public record MainWindow(Parent root, MainWindowController controller, DetectorControl detectors) {

    /** Everything the window needs; build with real objects in the app and fakes in tests. */
    public record Parts(ClusterFeed feed, DemoLauncher demo, TransitionLog log, Inventory inventory,
                        int demoNodes, ListenStatus status, Notifier notifier,
                        dev.pulsegrid.detect.FailureDetector detector, OperatorSettings settings,
                        java.util.List<dev.pulsegrid.cluster.DetectorOverride> overrides) {

        /** Nothing stored or saved, no overrides. */
        public Parts(ClusterFeed feed, DemoLauncher demo, TransitionLog log, Inventory inventory, int demoNodes,
                     ListenStatus status, Notifier notifier, dev.pulsegrid.detect.FailureDetector detector) {
            this(feed, demo, log, inventory, demoNodes, status, notifier, detector,
                    OperatorSettings.inMemory(dev.pulsegrid.settings.Settings.NONE), java.util.List.of());
        }
    }

    public static MainWindow load(Parts p) {
        MainWindowController main = new MainWindowController(p.feed(), p.demo(), p.log(), p.inventory(),
                p.demoNodes(), p.status(), p.notifier());
        // The tuning panel's apply sets the default detector through the control, so it is also saved.
        DetectorControl detectors = new DetectorControl(p.feed(), p.settings(),
                new dev.pulsegrid.cluster.DetectorPolicy(p.detector(), p.overrides()));
        ControllerFactory factory = new ControllerFactory()
                .with(MainWindowController.class, () -> main)
                .with(TuningPanelController.class, () -> new TuningPanelController(detectors::setDefault, p.detector(), p.feed()))
                .with(DetailsPanelController.class, () -> new DetailsPanelController(p.feed(), p.log()));
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("main_window.fxml"));
        loader.setControllerFactory(factory);
        try {
            Parent root = loader.load();
            main.useSettings(p.settings());
            detectors.onDefaultReset(main.tuning()::show);
            return new MainWindow(root, main, detectors);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load main_window.fxml", e);
        }
    }
}
