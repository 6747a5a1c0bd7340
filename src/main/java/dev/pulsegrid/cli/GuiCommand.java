package dev.pulsegrid.cli;

import dev.pulsegrid.cluster.SystemClock;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.settings.Settings;
import dev.pulsegrid.settings.SettingsStore;
import dev.pulsegrid.settings.StartupSettings;
import dev.pulsegrid.ui.GuiConfig;
import dev.pulsegrid.ui.PulsegridApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pulsegrid gui}: the desktop window. The default when no command is given. */
@Command(name = "gui", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Open the Pulsegrid window (the default command).",
            "With no heartbeats arriving it offers an embedded demo cluster."})
public final class GuiCommand implements Callable<Integer> {
    @Mixin
    ListenOptions listenOptions = new ListenOptions();

    @Option(names = "--demo", paramLabel = "N", arity = "0..1", fallbackValue = "300",
            description = "Start the embedded demo cluster at once, with N nodes (default N: ${FALLBACK-VALUE}).")
    Integer demo;

    @Option(names = "--inventory", paramLabel = "FILE",
            description = "Expected nodes, one id per line (optionally 'id key=value...'): never-heard ones show as MISSING.")
    Path inventory;

    @Mixin
    DetectorOptions detectorOptions = new DetectorOptions();

    @Mixin
    OverrideOptions overrideOptions = new OverrideOptions();

    @Mixin
    ReceiverSecurityOptions securityOptions = new ReceiverSecurityOptions();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Mixin
    JournalOptions journalOptions = new JournalOptions();

    @Mixin
    IntegrationOptions integrationOptions = new IntegrationOptions();

    @Mixin
    GossipOptions gossip = new GossipOptions();

    @Mixin
    MeshMemberOptions meshMember = new MeshMemberOptions();

    @Option(names = "--no-notifications", description = "No desktop notifications on transitions.")
    boolean noNotifications;

    @Override
    public Integer call() throws Exception {
        java.net.InetSocketAddress listen = listenOptions.address();
        if (demo != null && (demo < 1 || demo > 1_000_000)) {
            throw new OperatorException("--demo " + demo + " must be between 1 and 1000000 nodes");
        }
        if (inventory != null && !Files.isReadable(inventory)) {
            throw new OperatorException("--inventory " + inventory + " cannot be read: check the path and permissions");
        }
        if (inventory != null) {
            try {
                dev.pulsegrid.ui.grid.Inventory.read(inventory); // a malformed line stops here, before any window opens
            } catch (IllegalArgumentException e) {
                throw new OperatorException("--inventory " + e.getMessage());
            } catch (java.io.IOException e) {
                throw new OperatorException("--inventory " + inventory + " cannot be read (" + e + "):"
                        + " it must be a UTF-8 text file, one node id per line");
            }
        }
        StartupSettings settings = startupSettings(SettingsStore.atDefaultLocation(), System.err);
        GuiConfig config = new GuiConfig(listenOptions.bind, listenOptions.port, demo == null ? 0 : demo,
                settings.effective().detector(), inventory)
                .withSettings(settings)
                .withSecurity(securityOptions.open())
                .withLimits(limitOptions.toLimits())
                .withNotifications(!noNotifications)
                .withJournal(journalOptions.noJournal ? null : journalOptions.path())
                .withAttachment(journalOptions.attachment(SystemClock.INSTANCE, "gui")
                        .andThen(integrationOptions::start)
                        .andThen(meshMember.attachment(gossip, listen.getAddress(), null,
                                g -> PulsegridApp.joinedFromCommandLine(g.peer()))));
        PulsegridApp.launch(config);
        return 0;
    }

    /**
     * The stored settings with the flags given this time laid over them (explicit flags win), the
     * detector always set. A malformed file is said in one line on {@code err}; the window starts anyway.
     */
    StartupSettings startupSettings(SettingsStore store, java.io.PrintStream err) {
        FailureDetector flags = detectorOptions.toDetector(); // validates the flags even when stored ones win
        SettingsStore.Loaded loaded = store.load();
        if (loaded.warning() != null) {
            err.println("gui: " + loaded.warning());
        }
        Settings s = loaded.settings().underFlags(detectorOptions.given() ? flags : null, overrideOptions.givenOrNull())
                .underListenerFlags(integrationOptions.collectd != null, integrationOptions.ganglia != null);
        return new StartupSettings(loaded.settings(), s.detector() == null ? s.withDetector(flags) : s, store, loaded.warning());
    }
}
