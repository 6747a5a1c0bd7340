package dev.pulsegrid.ui;

import dev.pulsegrid.detect.FailureDetector;
import dev.pulsegrid.detect.FixedTimeoutDetector;
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
 */
public record GuiConfig(String bindAddress, int port, int demoNodes, FailureDetector detector, Path inventory,
                        boolean notifications) {

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
    }

    public static GuiConfig defaults() {
        return new GuiConfig("0.0.0.0", DEFAULT_PORT, 0, FixedTimeoutDetector.defaults(), null, true);
    }

    public GuiConfig withPort(int newPort) {
        return new GuiConfig(bindAddress, newPort, demoNodes, detector, inventory, notifications);
    }

    public GuiConfig withNotifications(boolean on) {
        return new GuiConfig(bindAddress, port, demoNodes, detector, inventory, on);
    }

    public GuiConfig withInventory(Path file) {
        return new GuiConfig(bindAddress, port, demoNodes, detector, file, notifications);
    }

    public GuiConfig withDetector(FailureDetector d) {
        return new GuiConfig(bindAddress, port, demoNodes, d, inventory, notifications);
    }

    public GuiConfig withDemoNodes(int n) {
        return new GuiConfig(bindAddress, port, n, detector, inventory, notifications);
    }
}
