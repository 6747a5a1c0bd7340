package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.SystemClock;
import dev.pulsegrid.net.BindFailedException;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.MonitorConfig;
import dev.pulsegrid.ui.grid.Inventory;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.controlsfx.control.Notifications;

/**
 * The Pulsegrid window. Started by the {@code gui} command through {@link #launch(GuiConfig)}; the
 * window shows at once and the monitor binds on a background thread, so a slow or failing bind
 * never holds the FX thread. A bind failure (port in use...) becomes a banner naming the fix, and
 * the window keeps working with an in-process monitor so the demo cluster still runs.
 */
public final class PulsegridApp extends Application {
    private static final AtomicReference<GuiConfig> CONFIG = new AtomicReference<>(GuiConfig.defaults());

    private MonitorFeed feed;
    private MainWindow window;
    private volatile DemoCluster demo;
    private volatile boolean stopping;
    private volatile AutoCloseable attached;
    private OperatorSettings settings;
    private Stage stage;

    /** Opens the window with these settings and returns when it is closed. Call once per JVM. */
    public static void launch(GuiConfig config) {
        CONFIG.set(Objects.requireNonNull(config));
        Application.launch(PulsegridApp.class);
    }

    /** Sets what the next {@link #start} uses, without launching: for tests that start the app through TestFX. */
    static void configure(GuiConfig config) {
        CONFIG.set(Objects.requireNonNull(config));
    }

    MainWindow window() {
        return window;
    }

    /**
     * For IDEs and screenshots: the defaults (UDP 0.0.0.0:9797), with {@code -Dpulsegrid.port=N} and
     * {@code -Dpulsegrid.demo=N}. Operators use {@code pulsegrid gui}.
     */
    public static void main(String[] args) {
        GuiConfig c = GuiConfig.defaults()
                .withPort(Integer.getInteger("pulsegrid.port", GuiConfig.DEFAULT_PORT))
                .withDemoNodes(Integer.getInteger("pulsegrid.demo", 0))
                .withNotifications(!Boolean.getBoolean("pulsegrid.quiet"));
        launch(c);
    }

    @Override
    public void start(Stage stage) {
        GuiConfig config = CONFIG.get();
        this.stage = stage;
        settings = new OperatorSettings(config.settings().stored(), config.settings().store());
        feed = new MonitorFeed(SystemClock.INSTANCE, config.detector());
        TransitionLog log = new TransitionLog();
        feed.addListener(log);
        Inventory inventory = Inventory.NONE;
        String inventoryError = null;
        if (config.inventory() != null) {
            try {
                inventory = Inventory.read(config.inventory());
            } catch (Exception e) {
                inventoryError = "Inventory " + config.inventory() + " not loaded: " + e.getMessage();
            }
        }
        Notifier notifier = !config.notifications() ? Notifier.off() : new Notifier((title, text) -> {
            Notifications n = Notifications.create().owner(stage).title(title).text(text)
                    .hideAfter(javafx.util.Duration.seconds(6));
            if (window.root().getStyleClass().contains("dark")) {
                n.darkStyle();
            }
            n.showWarning();
        });
        window = MainWindow.load(new MainWindow.Parts(feed, this::startDemo, log, inventory, config.demoNodes(),
                ListenStatus.starting(config.port()), notifier, config.detector(), settings,
                config.settings().effective().overrides()));
        settings.setOnSaveFailed(msg -> Platform.runLater(() -> window.controller().showBanner(msg)));
        if (inventoryError != null) {
            window.controller().showBanner(inventoryError);
        }
        stage.setTitle("Pulsegrid");
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = PulsegridApp.class.getResourceAsStream("/dev/pulsegrid/icon/pulsegrid-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon));
            }
        }
        window.controller().setMenuActions(new AppMenu(stage, config.journal(), () -> feed.monitor(), window.detectors()));
        // Never larger than the screen (small laptops; Monocle's headless screen is 1280x800).
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double w = Math.min(screen.getWidth(), Math.max(1400, screen.getWidth() * 0.9));
        double h = Math.min(screen.getHeight(), Math.max(900, screen.getHeight() * 0.9));
        if (settings.current().windowWidth() > 0) { // the size the operator left it at, still within the screen
            w = Math.min(screen.getWidth(), Math.max(400, settings.current().windowWidth()));
            h = Math.min(screen.getHeight(), Math.max(300, settings.current().windowHeight()));
        }
        stage.setScene(new Scene(window.root(), w, h));
        stage.show();
        Thread starter = new Thread(() -> startMonitor(config), "pulsegrid-monitor-start");
        starter.setDaemon(true);
        starter.start();
    }

    private void startMonitor(GuiConfig config) {
        InetSocketAddress listen = new InetSocketAddress(config.bindAddress(), config.port());
        MonitorConfig mc = MonitorConfig.listeningOn(listen).withDetector(config.detector())
                .withOverrides(config.settings().effective().overrides()).withSecurity(config.security())
                .withLimits(config.limits());
        Monitor m;
        ListenStatus status;
        try {
            m = Monitor.start(mc);
            InetSocketAddress bound = m.localAddress();
            // Show what the operator asked for (0.0.0.0, not the kernel's "::" for a dual-stack wildcard) with the real port.
            String host = bound.getAddress().isAnyLocalAddress() ? config.bindAddress() : bound.getAddress().getHostAddress();
            status = ListenStatus.listening(host + ":" + bound.getPort(), bound.getPort());
        } catch (BindFailedException e) {
            status = ListenStatus.failed(config.port(), e.getMessage()
                    + ". Agents cannot reach this window; the demo cluster still works.");
            try {
                m = Monitor.start(mc.withListen(null));
            } catch (BindFailedException impossible) {
                throw new IllegalStateException(impossible); // no socket, nothing to bind
            }
        }
        feed.attach(m);
        if (stopping) {
            m.close();
            return;
        }
        try {
            attached = config.attachment().attach(m);
        } catch (Exception e) {
            // Journal or integration flags failed (file unreadable, port in use): say so, keep monitoring.
            status = new ListenStatus(status.address(), status.port(), e.getMessage());
        }
        ListenStatus shown = status;
        Platform.runLater(() -> {
            window.controller().setListenStatus(shown);
            if (shown.error() == null && config.settings().warning() != null) {
                window.controller().showBanner(config.settings().warning()); // after the status, which clears the banner
            }
            if (config.demoNodes() > 0) {
                window.controller().startDemoNow();
            }
        });
    }

    /** The demo button: a simulated cluster feeding the monitor in-process on its own thread. */
    private String startDemo(int nodes) {
        Monitor m = feed.monitor();
        if (m == null) {
            throw new IllegalStateException("the monitor is still starting; try again in a moment");
        }
        if (demo == null) {
            // One task per tick on the membership thread, not one per heartbeat: 100,000 nodes stay cheap.
            demo = new DemoCluster(nodes, (batch, from) -> m.call(membership -> {
                for (int i = 0; i < batch.size(); i++) {
                    membership.onHeartbeat(batch.get(i), from.get(i), "demo");
                }
                return null;
            }), SystemClock.INSTANCE).start();
        }
        return "Demo cluster running (" + demo.size() + " nodes)";
    }

    @Override
    public void stop() {
        stopping = true;
        if (window != null) {
            window.controller().stop();
        }
        if (settings != null && stage != null && stage.getWidth() > 0) {
            settings.update(s -> s.withWindowSize(stage.getWidth(), stage.getHeight()));
            try {
                settings.flushed().get(2, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                // exiting: a lost window size is not worth holding the exit for
            }
        }
        DemoCluster d = demo;
        if (d != null) {
            d.close();
        }
        AutoCloseable a = attached;
        if (a != null) {
            try {
                a.close();
            } catch (Exception ignored) {
                // closing on exit: nothing left to tell
            }
        }
        Monitor m = feed == null ? null : feed.monitor();
        if (m != null) {
            m.close();
        }
    }
}
