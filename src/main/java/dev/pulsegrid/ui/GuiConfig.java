package dev.pulsegrid.ui;

import dev.pulsegrid.cluster.MembershipLimits;
import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.net.IngestSecurity;
import dev.pulsegrid.net.MonitorAttachment;
import java.nio.file.Path;

/**
 * What the {@code gui} command hands the window: where to listen, what to judge with, and whether
 * to start the embedded demo cluster at once.
 *
 * @param bindAddress address to listen on, e.g. "0.0.0.0" or "::"
 * @param port        UDP port (0 = ephemeral, used by tests)
 * @param demoNodes   start a demo cluster of this many nodes at launch; 0 = wait for the button
 * @param detector    failure detector in force at start
 * @param inventory   optional file of expected node ids (shown as MISSING until heard); null = none
 * @param notifications desktop notifications on transitions (SUSPECT and DEAD, collapsed in bursts)
 * @param security    receiver policy (keyring, require-auth, allow-list, clock skew) handed to the Monitor
 * @param limits      node cap and forget-after time handed to the Monitor
 * @param attachment  started with the monitor and closed before it (journal, integrations)
 * @param journal     the journal file the node log viewer and export read, or null without a journal
 * @param settings    stored operator settings under this command line's flags, and where changes are saved
 */
public record GuiConfig(String bindAddress, int port, int demoNodes, FailureDetector detector, Path inventory,
                        boolean notifications, IngestSecurity security, MembershipLimits limits,
                        MonitorAttachment attachment, Path journal,
                        dev.pulsegrid.settings.StartupSettings settings) {

    public static final int DEFAULT_PORT = 9797;
    /** Enough nodes to look like a cluster, few enough to read each tile. */
    public static final int DEFAULT_DEMO_NODES = 300;

    public GuiConfig {
        if (bindAddress == null || bindAddress.isBlank()) {
            bindAddress = "0.0.0.0";
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (demoNodes < 0) {
            throw new IllegalArgumentException("demo node count must be >= 0, was " + demoNodes);
        }
        if (detector == null) {
            detector = FixedTimeoutDetector.defaults();
        }
        if (security == null) {
            security = IngestSecurity.NONE;
        }
        if (limits == null) {
            limits = MembershipLimits.defaults();
        }
        if (attachment == null) {
            attachment = MonitorAttachment.NONE;
        }
        if (settings == null) {
            settings = dev.pulsegrid.settings.StartupSettings.none();
        }
    }

    /** Notifications on, no receiver policy, default limits. */
    public GuiConfig(String bindAddress, int port, int demoNodes, FailureDetector detector, Path inventory) {
        this(bindAddress, port, demoNodes, detector, inventory, true, IngestSecurity.NONE, MembershipLimits.defaults(),
                MonitorAttachment.NONE, null, null);
    }

    public static GuiConfig defaults() {
        return new GuiConfig("0.0.0.0", DEFAULT_PORT, 0, FixedTimeoutDetector.defaults(), null);
    }

    public GuiConfig withPort(int newPort) {
        return new GuiConfig(bindAddress, newPort, demoNodes, detector, inventory, notifications, security, limits, attachment, journal, settings);
    }

    public GuiConfig withNotifications(boolean on) {
        return new GuiConfig(bindAddress, port, demoNodes, detector, inventory, on, security, limits, attachment, journal, settings);
    }

    public GuiConfig withInventory(Path file) {
        return new GuiConfig(bindAddress, port, demoNodes, detector, file, notifications, security, limits, attachment, journal, settings);
    }

    public GuiConfig withDetector(FailureDetector d) {
        return new GuiConfig(bindAddress, port, demoNodes, d, inventory, notifications, security, limits, attachment, journal, settings);
    }

    public GuiConfig withDemoNodes(int n) {
        return new GuiConfig(bindAddress, port, n, detector, inventory, notifications, security, limits, attachment, journal, settings);
    }

    public GuiConfig withSecurity(IngestSecurity s) {
        return new GuiConfig(bindAddress, port, demoNodes, detector, inventory, notifications, s, limits, attachment, journal, settings);
    }

    public GuiConfig withLimits(MembershipLimits l) {
        return new GuiConfig(bindAddress, port, demoNodes, detector, inventory, notifications, security, l, attachment, journal, settings);
    }

    public GuiConfig withJournal(Path file) {
        return new GuiConfig(bindAddress, port, demoNodes, detector, inventory, notifications, security, limits,
                attachment, file, settings);
    }

    public GuiConfig withSettings(dev.pulsegrid.settings.StartupSettings s) {
        return new GuiConfig(bindAddress, port, demoNodes, detector, inventory, notifications, security, limits, attachment,
                journal, s);
    }

    public GuiConfig withAttachment(MonitorAttachment a) {
        return new GuiConfig(bindAddress, port, demoNodes, detector, inventory, notifications, security, limits, a, journal, settings);
    }
}
