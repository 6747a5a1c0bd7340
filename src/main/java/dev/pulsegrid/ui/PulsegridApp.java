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
 * never holds the FX thread. A bind failure (port in use...) becomes a dialog naming the fix (retry
 * on another port, continue, quit) and a banner as the reminder, and the window keeps working with
 * an in-process monitor so the demo cluster still runs.
 */
public final class PulsegridApp extends Application {
    private static final AtomicReference<GuiConfig> CONFIG = new AtomicReference<>(GuiConfig.defaults());

    private MonitorFeed feed;
    private MainWindow window;
    private volatile DemoCluster demo;
    private volatile boolean stopping;
    private volatile AutoCloseable attached;
    private javafx.animation.Timeline keyringWatch;
    private AppMenu appMenu;
    /** The peer {@code gui --join} started (completed by the command line once the monitor runs). */
    private static final java.util.concurrent.CompletableFuture<dev.pulsegrid.net.gossip.GossipPeer> cliPeer =
            new java.util.concurrent.CompletableFuture<>();

    /** {@code gui --join}: hands the peer to the window, whose ☰ menu then offers Leave cluster and the timers. */
    public static void joinedFromCommandLine(dev.pulsegrid.net.gossip.GossipPeer peer) {
        cliPeer.complete(peer);
    }
    private OperatorSettings settings;
    private Stage stage;

    /** Opens the window with these settings and returns when it is closed. Call once per JVM. */
    public static void launch(GuiConfig config) {
        CONFIG.set(Objects.requireNonNull(config));
        dev.pulsegrid.ui.grid.DirtyRegions.allowMost(); // before the toolkit starts: it reads Prism settings once
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
        appMenu = new AppMenu(stage, config.journal(), () -> feed.monitor(), window.detectors()).withSettings(settings);
        window.controller().setMenuActions(appMenu);
        cliPeer.thenAccept(appMenu::adopt);
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
        if (inventoryError != null) {
            new ProblemDialog("Pulsegrid — inventory", new Problem(inventoryError, "Fix the file (one node id per line,"
                    + " optionally key=value items) and start again; until then no node shows as MISSING."))
                    .choice("Continue without the inventory", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE, () -> { })
                    .choice("Quit", javafx.scene.control.ButtonBar.ButtonData.OTHER, Platform::exit)
                    .show(stage);
        }
        keyringWatch = KeyringWatch.start(config.security(), stage, window.controller());
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
        BindFailedException bindError = null;
        Exception attachError = null;
        try {
            m = Monitor.start(mc);
            InetSocketAddress bound = m.localAddress();
            // Show what the operator asked for (0.0.0.0, not the kernel's "::" for a dual-stack wildcard) with the real port.
            String host = bound.getAddress().isAnyLocalAddress() ? config.bindAddress() : bound.getAddress().getHostAddress();
            status = ListenStatus.listening(host + ":" + bound.getPort(), bound.getPort());
        } catch (BindFailedException e) {
            bindError = e;
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
            attachError = e;
        }
        // Listeners left on in the Integrations dialog (flags given this time win: those are null in effective).
        java.util.List<String> unstarted = StoredListeners.start(config.settings().effective(),
                dev.pulsegrid.net.integrations.SourceSwitch.of(m));
        if (!unstarted.isEmpty() && status.error() == null) {
            status = new ListenStatus(status.address(), status.port(), String.join(" ", unstarted));
        }
        ListenStatus shown = status;
        BindFailedException unbound = bindError;
        Exception unattached = attachError;
        Platform.runLater(() -> {
            window.controller().setListenStatus(shown);
            if (shown.error() == null && config.settings().warning() != null) {
                window.controller().showBanner(config.settings().warning()); // after the status, which clears the banner
            }
            showStartProblems(config, unbound, unattached);
            unstarted.forEach(this::showListenerProblem);
            showSettingsProblem(config.settings().warning());
            if (config.demoNodes() > 0) {
                window.controller().startDemoNow();
            }
        });
    }

    /** Errors of the monitor's start as dialogs (the banner stays as the reminder); FX thread. */
    private void showStartProblems(GuiConfig config, BindFailedException unbound, Exception unattached) {
        javafx.stage.Window owner = window.root().getScene().getWindow();
        if (unbound != null) {
            new ListenProblem(owner, window.controller(), feed::monitor, config.bindAddress()).show(unbound);
        }
        if (unattached != null) {
            new ProblemDialog("Pulsegrid — start", Problem.of(unattached.getMessage(),
                    "Check the options the window was started with, then start again."))
                    .choice("Continue", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE, () -> { })
                    .choice("Quit", javafx.scene.control.ButtonBar.ButtonData.OTHER, Platform::exit)
                    .show(owner);
        }
    }

    /** A stored listener that could not start stays off; the dialog says why and where to change it. */
    private void showListenerProblem(String message) {
        new ProblemDialog("Pulsegrid — start", Problem.of(message,
                "Change its settings in ☰ → Integrations…, or turn it on there again."))
                .choice("Continue", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE, () -> { })
                .show(window.root().getScene().getWindow());
    }

    /** A settings file that could not be used is a dialog too (the "malformed config"): defaults are in force. */
    private void showSettingsProblem(String warning) {
        if (warning == null) {
            return;
        }
        new ProblemDialog("Pulsegrid — settings", Problem.of(warning,
                "Defaults are in force this time; fix or delete the file, and settings you change now are saved afresh."))
                .choice("Continue", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE, () -> { })
                .show(window.root().getScene().getWindow());
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
        if (keyringWatch != null) {
            keyringWatch.stop();
        }
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
        if (appMenu != null) {
            appMenu.leaveCluster(); // joined from the menu: a graceful goodbye, as the CLI gives
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
