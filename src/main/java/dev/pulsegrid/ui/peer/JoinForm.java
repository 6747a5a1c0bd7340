package dev.pulsegrid.ui.peer;

import dev.pulsegrid.detect.Durations;
import dev.pulsegrid.net.HostPort;
import dev.pulsegrid.net.gossip.PeerConfig;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The "Join cluster" dialog's fields as typed, turned into a {@link PeerConfig} or into one line
 * naming the field and the fix (shown inline in the dialog). Pure: no JavaFX, no sockets.
 *
 * @param seeds    {@code HOST:PORT,...}; empty starts a new mesh that others join through us
 * @param fanout   peers per round
 * @param nodeId   this workstation's id in the mesh
 * @param port     UDP port to gossip on (0 picks a free one)
 * @param tFail    counter silence after which a member is failed, e.g. {@code 10s}
 * @param tCleanup counter silence after which it is forgotten; empty = 2 x T_fail
 */
public record JoinForm(String seeds, String fanout, String nodeId, String port, String tFail, String tCleanup) {

    /** Either a config or the problem with the fix. */
    public record Result(PeerConfig config, String error) {
        static Result bad(String error) {
            return new Result(null, error);
        }
    }

    /** @param bindHost the address the monitor listens on (the gossip port binds there too) */
    public Result toConfig(String bindHost) {
        List<InetSocketAddress> seedList = new ArrayList<>();
        for (String s : seeds == null ? new String[0] : seeds.split(",")) {
            if (s.isBlank()) {
                continue;
            }
            try {
                seedList.add(HostPort.parse(s, null, -1));
            } catch (IllegalArgumentException e) {
                return Result.bad("Seeds: '" + s.trim() + "' is not HOST:PORT (" + e.getMessage()
                        + "); separate several with commas, e.g. 10.0.0.5:9798,10.0.0.6:9798");
            }
        }
        int fan;
        try {
            fan = Integer.parseInt(fanout.trim());
        } catch (NumberFormatException e) {
            return Result.bad("Fanout: '" + fanout.trim() + "' is not a number; use a small whole number such as 3");
        }
        if (fan < 1 || fan > 32) {
            return Result.bad("Fanout: " + fan + " is outside 1..32; 3 suits most meshes");
        }
        String id = nodeId == null ? "" : nodeId.trim();
        int idBytes = id.getBytes(StandardCharsets.UTF_8).length;
        if (idBytes == 0 || idBytes > 255 || id.chars().anyMatch(Character::isISOControl)) {
            return Result.bad("Node id: must be 1..255 bytes without control characters, e.g. this host's name");
        }
        int p;
        try {
            p = Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            return Result.bad("Gossip port: '" + port.trim() + "' is not a number; use 9798, or 0 to pick a free one");
        }
        if (p < 0 || p > 65535) {
            return Result.bad("Gossip port: " + p + " is outside 0..65535; use 9798, or 0 to pick a free one");
        }
        Timers t = timers(tFail, tCleanup);
        if (t.error != null) {
            return Result.bad(t.error);
        }
        try {
            return new Result(new PeerConfig(id, new InetSocketAddress(bindHost, p), seedList, fan,
                    PeerConfig.DEFAULT_INTERVAL, t.fail, t.cleanup, Map.of(), System.currentTimeMillis()), null);
        } catch (IllegalArgumentException e) {
            return Result.bad(e.getMessage());
        }
    }

    /** T_fail and T_cleanup as typed, checked against the 1 s gossip interval; error names the fix. */
    public record Timers(Duration fail, Duration cleanup, String error) {
    }

    public static Timers timers(String failText, String cleanupText) {
        Duration fail;
        try {
            fail = Durations.parse(failText.trim());
        } catch (IllegalArgumentException e) {
            return new Timers(null, null, "T_fail: " + e.getMessage() + "; e.g. 10s");
        }
        if (fail.compareTo(PeerConfig.DEFAULT_INTERVAL.multipliedBy(2)) < 0) {
            return new Timers(null, null, "T_fail: " + Durations.format(fail)
                    + " is under two gossip rounds (2s); use at least 2s, 10s is the default");
        }
        Duration cleanup = fail.multipliedBy(2);
        if (cleanupText != null && !cleanupText.isBlank()) {
            try {
                cleanup = Durations.parse(cleanupText.trim());
            } catch (IllegalArgumentException e) {
                return new Timers(null, null, "T_cleanup: " + e.getMessage() + "; e.g. 20s, or empty for 2 x T_fail");
            }
        }
        if (cleanup.compareTo(fail.multipliedBy(2)) < 0) {
            return new Timers(null, null, "T_cleanup: " + Durations.format(cleanup) + " must be at least 2 x T_fail ("
                    + Durations.format(fail.multipliedBy(2)) + ") so no peer forgets a member another still gossips");
        }
        return new Timers(fail, cleanup, null);
    }
}
