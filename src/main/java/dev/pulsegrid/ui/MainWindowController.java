package dev.pulsegrid.ui;

import dev.pulsegrid.ui.grid.CellState;
import dev.pulsegrid.ui.grid.Inventory;
import dev.pulsegrid.ui.grid.NodeFilter;
import dev.pulsegrid.ui.grid.NodeGridView;
import dev.pulsegrid.ui.grid.SortOrder;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The main window. Once per pulse a {@link WindowPulse} reads the newest snapshot from the
 * {@link ClusterFeed} and hands it to the grid, the summary bar and the open details panel; nothing
 * else reaches the FX thread from the monitor (no runLater per packet or per node).
 */
public final class MainWindowController {
    private final ClusterFeed feed;
    private final DemoLauncher demo;
    private final TransitionLog log;
    private final Inventory inventory;
    private final int demoNodes;
    private WindowPulse pulse;
    private SummaryBar summary;
    private ListenStatus status;
    private final Notifier notifier;
    private MenuActions menuActions = MenuActions.NONE;

    @FXML private BorderPane root;
    @FXML private TextField search;
    @FXML private ComboBox<String> groupBy;
    private GroupByChoices groupChoices;
    @FXML private ComboBox<SortOrder> sortBy;
    @FXML private javafx.scene.control.MenuButton theme;
    private ThemeMenu themeMenu;
    private WindowTheme windowTheme;
    @FXML private javafx.scene.control.RadioMenuItem themeSystem;
    @FXML private javafx.scene.control.RadioMenuItem themeLight;
    @FXML private javafx.scene.control.RadioMenuItem themeDark;
    @FXML private javafx.scene.control.MenuButton more;
    @FXML private javafx.scene.control.MenuItem joinCluster;
    @FXML private javafx.scene.control.MenuItem gossipTimers;
    @FXML private javafx.scene.control.CheckMenuItem notifySuspect;
    @FXML private javafx.scene.control.CheckMenuItem notifyDead;
    @FXML private javafx.scene.control.CheckMenuItem notifyLeft;
    @FXML private javafx.scene.control.CheckMenuItem notifyAlive;
    private NotifyChoices notifyChoices;
    @FXML private Button countAlive;
    @FXML private Button countSuspect;
    @FXML private Button countDead;
    @FXML private Button countLeft;
    @FXML private Button countMissing;
    @FXML private Label rate;
    @FXML private Label changed;
    @FXML private Label shown;
    @FXML private Label listening;
    @FXML private Label banner;
    private Banner bannerText;
    @FXML private NodeGridView grid;
    @FXML private VBox emptyState;
    @FXML private TextField agentCommand;
    @FXML private Button startDemo;
    @FXML private HBox summaryBar;
    @FXML private DetailsPanelController detailsController;
    @FXML private TuningPanelController tuningController;

    /** The tuning panel (shown a detector put in force elsewhere). */
    TuningPanelController tuning() {
        return tuningController;
    }

    public MainWindowController(ClusterFeed feed, DemoLauncher demo, TransitionLog log, Inventory inventory,
                                int demoNodes, ListenStatus initialStatus, Notifier notifier) {
        this.feed = feed;
        this.demo = demo;
        this.log = log;
        this.inventory = inventory;
        this.demoNodes = demoNodes > 0 ? demoNodes : GuiConfig.DEFAULT_DEMO_NODES;
        this.status = initialStatus;
        this.notifier = notifier;
    }

    @FXML
    private void initialize() {
        summary = new SummaryBar(new Button[] {countAlive, countSuspect, countDead, countLeft, countMissing},
                rate, changed, shown, listening);
        bannerText = new Banner(banner);
        grid.inventoryProperty().set(inventory);
        search.textProperty().addListener((o, a, b) -> grid.filterProperty().set(NodeFilter.parse(b)));
        groupChoices = new GroupByChoices(groupBy, grid, inventory);
        sortBy.getItems().setAll(SortOrder.values());
        sortBy.getSelectionModel().select(SortOrder.FIRST_SEEN);
        sortBy.valueProperty().addListener((o, a, b) -> grid.sortProperty().set(b == null ? SortOrder.FIRST_SEEN : b));
        notifyChoices = new NotifyChoices(notifier, notifySuspect, notifyDead, notifyLeft, notifyAlive);
        windowTheme = new WindowTheme(root, grid, detailsController);
        themeMenu = new ThemeMenu(theme, themeSystem, themeLight, themeDark, SystemTheme.prefersDark(System.getenv()),
                windowTheme::apply, ThemeMenu.desktop());
        grid.onOpenProperty().set(this::openDetails);
        detailsController.setOnClose(grid::requestFocus);
        detailsController.setOnOpenLog(id -> menuActions.openLogs(id));
        detailsController.setSourceNote(id -> menuActions.howKnown(id));
        more.setOnShowing(e -> {
            joinCluster.setText(menuActions.inCluster() ? "Leave cluster" : "Join cluster…");
            gossipTimers.setVisible(menuActions.inCluster());
        });
        shownNodes = new ShownNodesMenuItem(openShownLogs, grid, () -> menuActions, root);
        more.addEventHandler(javafx.scene.control.MenuButton.ON_SHOWING, e -> shownNodes.countShown()); // beside setOnShowing above
        tuningController.setOnSelectNode(id -> grid.select(id));
        tuningController.setGroupKey(() -> grid.groupKeyProperty().get());
        new WindowKeys(search, grid, detailsController).install(root);
        setListenStatus(status);
        root.sceneProperty().addListener((o, was, scene) -> windowTheme.fillScene());
        // Start with the grid focused: the search box would hide its hint, and arrows should move the selection.
        javafx.application.Platform.runLater(grid::requestFocus);
        pulse = new WindowPulse(feed, log, notifier, inventory, grid, summary, bannerText, emptyState,
                detailsController, groupChoices);
        pulse.start();
    }

    private void openDetails(String id) {
        detailsController.open(id);
    }

    /** Shown in the summary bar; an error also becomes a banner and disables nothing else. */
    public void setListenStatus(ListenStatus s) {
        status = s;
        summary.setListening(s);
        agentCommand.setText(s.agentCommand());
        bannerText.listen(s);
    }

    @FXML
    private void startDemo() {
        startDemo.setDisable(true);
        try {
            String what = demo.start(demoNodes);
            startDemo.setText(what);
        } catch (Exception ex) {
            startDemo.setDisable(false);
            showBanner("Could not start the demo cluster: " + ex.getMessage());
        }
    }

    /** Presses "Start demo cluster" for the operator (the {@code --demo N} flag). */
    public void startDemoNow() {
        startDemo();
    }

    /**
     * Starts from the operator's stored theme and notification choices (when there are any) and
     * saves each later change of them.
     */
    void useSettings(OperatorSettings settings) {
        dev.pulsegrid.settings.Settings s = settings.current();
        if (s.dark() != null) {
            themeMenu.choose(s.dark());
        }
        notifyChoices.useSettings(settings, s);
        themeMenu.setOnChoice(d -> settings.update(x -> x.withDark(d)));
    }

    /** What the ☰ menu opens; the app supplies it (the controller knows no journal). */
    public void setMenuActions(MenuActions actions) {
        this.menuActions = actions;
    }

    /** The node the operator selected, or null. */
    public String selectedNodeId() {
        return grid.selectedIdProperty().get();
    }

    @FXML private void openLogs() {
        menuActions.openLogs(selectedNodeId());
    }

    @FXML private javafx.scene.control.MenuItem openShownLogs;
    private ShownNodesMenuItem shownNodes;

    @FXML private void openShownLogs() {
        shownNodes.open();
    }

    @FXML private void openExport() {
        menuActions.openExport();
    }

    @FXML private void openHealth() {
        menuActions.openIngestHealth();
    }

    @FXML private void openIntegrations() {
        menuActions.openIntegrations();
    }

    @FXML private void joinCluster() {
        menuActions.joinOrLeaveCluster();
    }

    @FXML private void openGossipTimers() {
        menuActions.openGossipTimers();
    }

    @FXML private void openOverrides() {
        menuActions.openOverrides();
    }

    @FXML private void openAbout() {
        menuActions.openAbout();
    }

    public void showBanner(String text) {
        bannerText.show(text);
    }

    @FXML private void zoomIn() {
        grid.pitchProperty().set(dev.pulsegrid.ui.grid.Zoom.step(currentPitch(), 1));
    }

    @FXML private void zoomOut() {
        grid.pitchProperty().set(dev.pulsegrid.ui.grid.Zoom.step(currentPitch(), -1));
    }

    @FXML private void zoomFit() {
        grid.pitchProperty().set(0);
    }

    private int currentPitch() {
        return grid.effectivePitch();
    }

    @FXML private void filterAlive() {
        filterState(CellState.ALIVE);
    }

    @FXML private void filterSuspect() {
        filterState(CellState.SUSPECT);
    }

    @FXML private void filterDead() {
        filterState(CellState.DEAD);
    }

    @FXML private void filterLeft() {
        filterState(CellState.LEFT);
    }

    @FXML private void filterMissing() {
        filterState(CellState.MISSING);
    }

    /** Clicking a count filters to that state; clicking it again clears the filter. */
    private void filterState(CellState s) {
        String q = "state:" + s.name().toLowerCase(Locale.ROOT);
        search.setText(q.equals(search.getText()) ? "" : q);
    }

    /** Stops the pulse; the app calls it when the window closes. */
    public void stop() {
        pulse.stop();
    }

    NodeGridView grid() {
        return grid;
    }
}
