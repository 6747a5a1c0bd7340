package dev.pulsegrid.net.integrations;

import dev.pulsegrid.net.BindFailedException;
import dev.pulsegrid.net.HostPort;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.SourceTallies;
import dev.pulsegrid.net.collectd.CollectdListener;
import dev.pulsegrid.net.ganglia.GangliaListener;
import dev.pulsegrid.protocol.collectd.CollectdAuthFile;
import java.io.IOException;

/**
 * The collectd and Ganglia listeners feeding one monitor, each turned on and off while it runs:
 * by the {@code --collectd}/{@code --ganglia} flags at start, by the GUI's Integrations dialog later.
 * One per monitor ({@link #of}), closed with it. Methods bind or close sockets: call them off the FX thread.
 */
public final class SourceSwitch implements AutoCloseable {
    private final Monitor monitor;
    private Running<CollectdListener, CollectdSetup> collectd;
    private Running<GangliaListener, GangliaSetup> ganglia;

    /** A started listener, what it was asked for, and its entry in the monitor's source tallies. */
    private record Running<L extends AutoCloseable, S>(L listener, S setup, String description, AutoCloseable tally) {
        void stop() {
            try {
                tally.close();
                listener.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing " + description, e);
            }
        }
    }

    private SourceSwitch(Monitor monitor) {
        this.monitor = monitor;
    }

    public static SourceSwitch of(Monitor m) {
        return m.extension(SourceSwitch.class, SourceSwitch::new);
    }

    /**
     * Starts the collectd listener; a running one is replaced only after the new one is bound.
     *
     * @throws IOException              the auth file cannot be read
     * @throws IllegalArgumentException the auth file is malformed, or the level needs users it lacks
     * @throws BindFailedException      the port cannot be bound (message names the fix)
     */
    public synchronized CollectdListener startCollectd(CollectdSetup s) throws IOException, BindFailedException {
        CollectdAuthFile auth = s.authFile() == null ? CollectdAuthFile.empty() : CollectdAuthFile.load(s.authFile());
        Running<CollectdListener, CollectdSetup> old = collectd;
        if (old != null && old.setup().bind().getPort() == s.bind().getPort() && s.bind().getPort() != 0) {
            old.stop(); // same port: it must be free before the new socket binds
            collectd = null;
        }
        CollectdListener l = CollectdListener.start(s.bind(), s.level(), auth, monitor::ingest);
        if (collectd != null) {
            collectd.stop();
        }
        String what = "collectd: UDP " + HostPort.format(l.localAddress()) + ", security " + s.level().label()
                + (auth.isEmpty() ? "" : ", " + auth.size() + " user(s)");
        collectd = new Running<>(l, s, what, SourceTallies.of(monitor).add(l.counters()::tally));
        return l;
    }

    /** Stops the collectd listener and releases its port; false if none ran. */
    public synchronized boolean stopCollectd() {
        if (collectd == null) {
            return false;
        }
        collectd.stop();
        collectd = null;
        return true;
    }

    /** @throws BindFailedException the port cannot be bound or the group not joined (message names the fix) */
    public synchronized GangliaListener startGanglia(GangliaSetup s) throws BindFailedException {
        Running<GangliaListener, GangliaSetup> old = ganglia;
        if (old != null && old.setup().bind().getPort() == s.bind().getPort() && s.bind().getPort() != 0) {
            old.stop();
            ganglia = null;
        }
        GangliaListener l = GangliaListener.start(s.bind(), s.group(), s.interfaceName(), monitor::ingest);
        if (ganglia != null) {
            ganglia.stop();
        }
        String what = "ganglia: UDP " + HostPort.format(l.localAddress())
                + (s.group() == null ? "" : ", joined " + s.group().getHostAddress());
        ganglia = new Running<>(l, s, what, SourceTallies.of(monitor).add(l.counters()::tally));
        return l;
    }

    public synchronized boolean stopGanglia() {
        if (ganglia == null) {
            return false;
        }
        ganglia.stop();
        ganglia = null;
        return true;
    }

    /** The running collectd listener, or null. */
    public synchronized CollectdListener collectd() {
        return collectd == null ? null : collectd.listener();
    }

    /** What the running collectd listener was asked for, or null when off. */
    public synchronized CollectdSetup collectdSetup() {
        return collectd == null ? null : collectd.setup();
    }

    /** e.g. "collectd: UDP 0.0.0.0:25826, security sign, 2 user(s)", or null when off. */
    public synchronized String collectdDescription() {
        return collectd == null ? null : collectd.description();
    }

    public synchronized GangliaListener ganglia() {
        return ganglia == null ? null : ganglia.listener();
    }

    public synchronized GangliaSetup gangliaSetup() {
        return ganglia == null ? null : ganglia.setup();
    }

    public synchronized String gangliaDescription() {
        return ganglia == null ? null : ganglia.description();
    }

    @Override
    public synchronized void close() {
        stopCollectd();
        stopGanglia();
    }
}
