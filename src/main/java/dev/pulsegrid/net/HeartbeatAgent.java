package dev.pulsegrid.net;

import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One node's heartbeat: every interval, a HEARTBEAT with a growing sequence to each target; on a
 * graceful stop, a LEAVE so monitors show LEFT rather than waiting to declare it DEAD.
 *
 * <p>The incarnation defaults to the start time in ms so a restarted agent is recognised as a
 * restart (higher incarnation) and its sequence may start again from 1.
 */
public final class HeartbeatAgent implements AutoCloseable {
    /** LEAVE is sent this many times: a lost goodbye would turn a clean stop into a DEAD alarm. */
    static final int LEAVE_COPIES = 3;

    private final HeartbeatSender sender;
    private final String nodeId;
    private final List<InetSocketAddress> targets;
    private final Duration interval;
    private final Map<String, String> meta;
    private final long incarnation;
    private long sequence;
    private ScheduledFuture<?> task;

    public HeartbeatAgent(HeartbeatSender sender, String nodeId, List<InetSocketAddress> targets,
                          Duration interval, Map<String, String> meta, long incarnation) {
        this.sender = sender;
        this.nodeId = nodeId;
        this.targets = List.copyOf(targets);
        this.interval = interval;
        this.meta = Map.copyOf(meta);
        this.incarnation = incarnation;
        // Validate now, on the caller's thread, so a bad id or metadata is a clear error at startup.
        dev.pulsegrid.protocol.BinaryHeartbeatEncoder.encode(next(MessageType.HEARTBEAT));
        sequence = 0;
    }

    /** Sends the first heartbeat at once, then one every interval, on the sender's event loop. */
    public void start() {
        task = sender.eventLoop().scheduleAtFixedRate(this::beat, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void beat() {
        send(next(MessageType.HEARTBEAT));
    }

    private Heartbeat next(MessageType type) {
        sequence++;
        return new Heartbeat(type, nodeId, incarnation, sequence, System.currentTimeMillis(),
                (int) Math.min(Integer.MAX_VALUE, interval.toMillis()), meta);
    }

    private void send(Heartbeat hb) {
        for (InetSocketAddress t : targets) {
            sender.send(hb, t);
        }
        sender.flush();
    }

    /** Stops heartbeating and says goodbye; returns once the LEAVE datagrams are handed to the kernel. */
    public void leave() {
        stop();
        sender.eventLoop().submit(() -> {
            Heartbeat bye = next(MessageType.LEAVE);
            for (int i = 0; i < LEAVE_COPIES; i++) {
                send(bye);
            }
        }).syncUninterruptibly();
    }

    /** Stops silently, as a crash would look from outside. */
    public void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    public long sequence() {
        return sequence;
    }

    public long incarnation() {
        return incarnation;
    }

    public String nodeId() {
        return nodeId;
    }

    @Override
    public void close() {
        stop();
    }
}
