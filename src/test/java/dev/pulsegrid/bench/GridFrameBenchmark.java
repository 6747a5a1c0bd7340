package dev.pulsegrid.bench;

import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.NodeState;
import dev.pulsegrid.cluster.SystemClock;
import dev.pulsegrid.detect.FixedTimeoutDetector;
import dev.pulsegrid.net.HeartbeatSender;
import dev.pulsegrid.net.Monitor;
import dev.pulsegrid.net.MonitorConfig;
import dev.pulsegrid.protocol.EncodedHeartbeat;
import dev.pulsegrid.protocol.Heartbeat;
import dev.pulsegrid.protocol.MessageType;
import dev.pulsegrid.ui.DemoLauncher;
import dev.pulsegrid.ui.ListenStatus;
import dev.pulsegrid.ui.MainWindow;
import dev.pulsegrid.ui.MonitorFeed;
import dev.pulsegrid.ui.Notifier;
import dev.pulsegrid.ui.TransitionLog;
import dev.pulsegrid.ui.grid.CellState;
import dev.pulsegrid.ui.grid.DirtyRegions;
import dev.pulsegrid.ui.grid.Inventory;
import dev.pulsegrid.ui.grid.NodeGridView;
import dev.pulsegrid.ui.grid.StatePalette;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Frame cost of the real window with N nodes each heartbeating at 1 Hz over loopback UDP into a real
 * Monitor, 0.2% of nodes crashing and returning every second so cells keep changing. Prints, for the
 * measured interval: frames/s, FX-thread time per pulse and render-thread Painting time (p50, p99,
 * from the pulse logger), heap per tracked node after GC, and the delay from a membership transition
 * to its cell's pixels changing (sampled).
 *
 * <p>Run (headless software pipeline, Monocle):
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) -Djavafx.pulseLogger=true
 *   -Djavafx.pulseLogger.threshold=0 -Djavafx.animation.fullspeed=true -Dglass.platform=Monocle
 *   -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1920x1200-32
 *   dev.pulsegrid.bench.GridFrameBenchmark 100000 20</pre>
 * or under {@code xvfb-run -a -s '-screen 0 1600x1000x24'} without the Monocle flags (GTK, a real X
 * window; {@code -Dprism.order=sw} or {@code es2} — Xvfb's GL is Mesa's software rasteriser).
 * The heap per node is printed twice: used heap after GC, and the live objects' growth by class
 * histogram ({@link HeapGrowth}: exact, and not blurred by the young generation as the first can be
 * at 10,000 nodes); {@code -Dbench.histogram=true} adds the classes behind it.
 */
public final class GridFrameBenchmark {
    private GridFrameBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Throwable t) {
            // JavaFX threads are not daemons: without this a failed run (say a 10 s Fx.get timeout) hangs forever
            t.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        PrintStream out = System.out;
        PulseLogParser pulses = new PulseLogParser(System.err);
        System.setErr(new PrintStream(pulses, true));

        Monitor monitor = Monitor.start(MonitorConfig.listeningOn(new InetSocketAddress("127.0.0.1", 0))
                .withDetector(new FixedTimeoutDetector(Duration.ofSeconds(3), Duration.ofSeconds(10))));
        InetSocketAddress target = monitor.localAddress();
        MonitorFeed feed = new MonitorFeed(SystemClock.INSTANCE, monitor.detector());
        feed.attach(monitor);

        // transition -> pixels: sampled transitions waiting to be seen drawn
        Map<String, long[]> pending = new ConcurrentHashMap<>(); // id -> {eventNanos, targetOrdinal}
        Map<String, Integer> positionOf = new ConcurrentHashMap<>(); // filled once the order is stable
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong sampleEvery = new AtomicLong(0);
        monitor.addListener((MembershipEvent e) -> {
            if (e.isTransition() && e.from() != null && (sampleEvery.incrementAndGet() % 7 == 0) && pending.size() < 200) {
                pending.put(e.nodeId(), new long[] {System.nanoTime(), e.to().ordinal()});
            }
        });

        CountDownLatch shown = new CountDownLatch(1);
        NodeGridView[] gridRef = new NodeGridView[1];
        AtomicLong frames = new AtomicLong();
        boolean[] recordHandler = new boolean[1];
        List<Long> handlerNanos = Collections.synchronizedList(new ArrayList<>());
        List<Integer> cellsPerFrame = Collections.synchronizedList(new ArrayList<>());
        List<Integer> tilesPerFrame = Collections.synchronizedList(new ArrayList<>());
        long[] handlerStart = new long[1];
        long[] handlerCpuStart = new long[1];
        List<Long> handlerCpuNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> pulseCpuNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> renderCpuNanos = Collections.synchronizedList(new ArrayList<>());
        long[] renderCpuStart = new long[1];
        long[] renderThread = new long[1];
        DirtyRegions.allowMost(); // as PulsegridApp.launch does
        Platform.startup(() -> {
            // Registered before the window's pulse timer and (below) after it: the two bracket the
            // window's own per-frame work (snapshot read, event drain, grid paint into the buffer, labels).
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    handlerStart[0] = System.nanoTime();
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    long render = renderThread[0] == 0 ? 0 : THREADS.getThreadCpuTime(renderThread[0]);
                    if (recordHandler[0] && handlerCpuStart[0] > 0) {
                        pulseCpuNanos.add(cpu - handlerCpuStart[0]); // all the FX thread did since the last pulse began
                        renderCpuNanos.add(render - renderCpuStart[0]); // and the render thread (the last pulse's frame)
                    }
                    handlerCpuStart[0] = cpu;
                    renderCpuStart[0] = render;
                }
            }.start();
            DemoLauncher noDemo = n -> "";
            TransitionLog log = new TransitionLog();
            feed.addListener(log);
            MainWindow w = MainWindow.load(new MainWindow.Parts(feed, noDemo, log, Inventory.NONE, 0,
                    ListenStatus.listening(target.getHostString() + ":" + target.getPort(), target.getPort()),
                    Notifier.off(), monitor.detector()));
            Stage stage = new Stage();
            Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            stage.setScene(new Scene(w.root(), screen.getWidth(), screen.getHeight()));
            stage.show();
            NodeGridView grid = (NodeGridView) w.root().lookup(".node-grid");
            gridRef[0] = grid;
            // Registered after the window's own timer: runs after the grid has taken this pulse's snapshot.
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    if (recordHandler[0]) {
                        handlerNanos.add(t - handlerStart[0]);
                        handlerCpuNanos.add(THREADS.getCurrentThreadCpuTime() - handlerCpuStart[0]);
                        int[] work = grid.lastFrameWork();
                        cellsPerFrame.add(work[0]);
                        tilesPerFrame.add(work[1]);
                    }
                    frames.incrementAndGet();
                    pending.forEach((id, ev) -> {
                        Integer p = positionOf.get(id);
                        Rectangle2D b = p == null ? null : grid.cellBoundsAt(p);
                        int inset = b != null && b.getWidth() >= dev.pulsegrid.ui.grid.CellStamps.TILE_SIZE ? 3 : 0;
                        int px = b == null ? 0 : grid.shownPixel(b.getMinX() + inset, b.getMinY() + inset); // what goes to the screen
                        // the new state's colour, or the ring a transition flashes around its cell first
                        if (b != null && (px == StatePalette.DARK.colour(CellState.ofOrdinal((int) ev[1]))
                                || px == StatePalette.DARK.foreground())) {
                            latencies.add(t - ev[0]);
                            pending.remove(id);
                        } else if (t - ev[0] > 2_000_000_000L) {
                            pending.remove(id); // changed again or off screen: not a sample
                        }
                    });
                }
            }.start();
            shown.countDown();
        });
        shown.await();
        HeartbeatSender sender = HeartbeatSender.open();
        NodeDriver driver = new NodeDriver(nodes, sender, target);
        long heapBefore = BenchEnv.usedHeapAfterGc(); // after the driver's own per-node heartbeats exist: they are not the monitor's
        HeapGrowth growth = HeapGrowth.start();
        sender.eventLoop().scheduleAtFixedRate(driver::tick, 0, NodeDriver.TICK_MS, TimeUnit.MILLISECONDS);

        // warm up until every node is known and the JIT has settled
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (monitor.snapshot().nodeCount() < nodes && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(5_000);
        // Before the position map below: like the driver's heartbeats, it is the benchmark's, not the monitor's or the window's.
        long heapAfter = BenchEnv.usedHeapAfterGc();
        String histogram = growth.since(Boolean.getBoolean("bench.histogram") ? 24 : 0, nodes);
        Fx.get(() -> {
            // FIRST_SEEN order never moves once every node is known: map ids to positions once, not per frame.
            var order = gridRef[0].order();
            for (int p = 0; p < order.size(); p++) {
                positionOf.put(gridRef[0].idOf(order.entry(p)), p);
            }
            return null;
        });
        driver.churn = true;
        Thread.sleep(3_000);

        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("QuantumRenderer")) {
                renderThread[0] = t.getId();
            }
        }
        pulses.reset();
        latencies.clear();
        long f0 = frames.get();
        long[] cpu0 = {cpuOf("QuantumRenderer"), cpuOf("Event Thread", "JavaFX Application Thread")};
        long t0 = System.nanoTime();
        pulses.recording = true;
        recordHandler[0] = true;
        Thread.sleep(seconds * 1000L);
        recordHandler[0] = false;
        pulses.recording = false;
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long f1 = frames.get();
        long[] cpu1 = {cpuOf("QuantumRenderer"), cpuOf("Event Thread", "JavaFX Application Thread")};

        var snap = monitor.snapshot();
        out.printf(Locale.ROOT, "nodes=%d known=%d alive=%d suspect=%d dead=%d  hb/s=%.0f  pipeline=%s prism=%s fullspeed=%s  %s%n",
                nodes, snap.nodeCount(), snap.count(NodeState.ALIVE), snap.count(NodeState.SUSPECT),
                snap.count(NodeState.DEAD), snap.heartbeatsPerSecond(),
                "Monocle".equals(System.getProperty("glass.platform")) ? "Monocle headless" : "GTK (" + System.getenv("DISPLAY") + ")",
                System.getProperty("prism.order", "default"), System.getProperty("javafx.animation.fullspeed", "false"),
                BenchEnv.loadAverage());
        // fps = pulses whose render painted something (the pulse logger prints one Painting line per dirty region)
        out.printf(Locale.ROOT, "fps (frames painted/s)=%.1f  pulses/s=%.1f  dirty regions/s=%.1f  pitch=%dpx%n",
                pulses.framePaintMillis.size() / elapsed, (f1 - f0) / elapsed,
                pulses.paintMillis.size() / elapsed, Fx.get(() -> gridRef[0].effectivePitch()));
        List<Integer> working = new ArrayList<>();
        for (int i = 0; i < pulses.fxWorkMillis.size(); i++) {
            working.add(pulses.fxWorkMillis.get(i) - pulses.renderWaitMillis.get(i));
        }
        out.printf(Locale.ROOT, "fx ms/pulse    p50=%d p99=%d max=%d (n=%d; FX thread from pulse start to its last phase, of which waiting for the previous render p99=%d; without that wait p50=%d p99=%d)%n",
                pct(pulses.fxWorkMillis, 50), pct(pulses.fxWorkMillis, 99), pct(pulses.fxWorkMillis, 100), pulses.fxWorkMillis.size(),
                pct(pulses.renderWaitMillis, 99), pct(working, 50), pct(working, 99));
        out.printf(Locale.ROOT, "pulse interval ms p50=%d p99=%d max=%d (JavaFX's first figure: start to start)%n",
                pct(pulses.intervalMillis, 50), pct(pulses.intervalMillis, 99), pct(pulses.intervalMillis, 100));
        List<Long> h = new ArrayList<>(handlerNanos);
        Collections.sort(h);
        out.printf(Locale.ROOT, "window work ms/frame p50=%.2f p99=%.2f max=%.2f (n=%d; our AnimationTimer: snapshot, drain, grid, labels)%n",
                h.isEmpty() ? -1 : h.get(h.size() / 2) / 1e6, h.isEmpty() ? -1 : h.get(Math.min(h.size() - 1, (int) (h.size() * 0.99))) / 1e6,
                h.isEmpty() ? -1 : h.get(h.size() - 1) / 1e6, h.size());
        // CPU time, unlike the wall-clock figures above, does not grow when other processes take the cores
        List<Long> hc = new ArrayList<>(handlerCpuNanos);
        Collections.sort(hc);
        List<Long> pc = new ArrayList<>(pulseCpuNanos);
        Collections.sort(pc);
        out.printf(Locale.ROOT, "cpu: window work ms/frame p50=%.2f p99=%.2f; FX thread ms/pulse p50=%.2f p99=%.2f mean=%.2f; render thread ms/painted frame mean=%.2f%n",
                hc.isEmpty() ? -1 : hc.get(hc.size() / 2) / 1e6, hc.isEmpty() ? -1 : hc.get(Math.min(hc.size() - 1, (int) (hc.size() * 0.99))) / 1e6,
                pc.isEmpty() ? -1 : pc.get(pc.size() / 2) / 1e6, pc.isEmpty() ? -1 : pc.get(Math.min(pc.size() - 1, (int) (pc.size() * 0.99))) / 1e6,
                (cpu1[1] - cpu0[1]) / 1e6 / Math.max(1, f1 - f0),
                (cpu1[0] - cpu0[0]) / 1e6 / Math.max(1, pulses.framePaintMillis.size()));
        List<Long> rc = new ArrayList<>(renderCpuNanos);
        rc.removeIf(n -> n < 100_000); // pulses whose frame painted nothing: the render thread did next to no work
        Collections.sort(rc);
        out.printf(Locale.ROOT, "cpu: render thread ms/frame p50=%.2f p99=%.2f (n=%d frames that cost it 0.1 ms or more)%n",
                rc.isEmpty() ? -1 : rc.get(rc.size() / 2) / 1e6, rc.isEmpty() ? -1 : rc.get(Math.min(rc.size() - 1, (int) (rc.size() * 0.99))) / 1e6, rc.size());
        out.printf(Locale.ROOT, "paint ms/frame p50=%d p99=%d max=%d (n=%d; render thread, all dirty regions of a pulse)%n",
                pct(pulses.framePaintMillis, 50), pct(pulses.framePaintMillis, 99), pct(pulses.framePaintMillis, 100),
                pulses.framePaintMillis.size());
        out.printf(Locale.ROOT, "dirty px/frame p50=%d p99=%d (of %d in the window)%n", pct(pulses.frameDirtyPixels, 50),
                pct(pulses.frameDirtyPixels, 99), Fx.get(() -> (int) (gridRef[0].getScene().getWidth() * gridRef[0].getScene().getHeight())));
        out.printf(Locale.ROOT, "grid per frame: cells painted p50=%d p99=%d, tiles handed over p50=%d p99=%d%n",
                pct(cellsPerFrame, 50), pct(cellsPerFrame, 99), pct(tilesPerFrame, 50), pct(tilesPerFrame, 99));
        List<Long> lat = new ArrayList<>(latencies);
        Collections.sort(lat);
        long withinFrame = lat.stream().filter(n -> n <= 1_000_000_000L / 60).count();
        out.printf(Locale.ROOT, "transition->pixels ms p50=%.1f p99=%.1f (n=%d samples; %.1f%% within one 60 Hz frame, 16.7 ms)%n",
                lat.isEmpty() ? -1 : lat.get(lat.size() / 2) / 1e6, lat.isEmpty() ? -1 : lat.get((int) (lat.size() * 0.99)) / 1e6, lat.size(),
                lat.isEmpty() ? 0 : 100.0 * withinFrame / lat.size());
        out.printf(Locale.ROOT, "heap per node after GC: %.0f bytes (%d MB -> %d MB)%n",
                (heapAfter - heapBefore) / (double) nodes, heapBefore >> 20, heapAfter >> 20);
        out.print(histogram);
        sender.close();
        monitor.close();
        Platform.exit();
        System.exit(0);
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU nanoseconds used so far by the first live thread whose name starts with one of these, or 0. */
    private static long cpuOf(String... prefixes) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            for (String p : prefixes) {
                if (t.getName().startsWith(p)) {
                    return Math.max(0, THREADS.getThreadCpuTime(t.getId()));
                }
            }
        }
        return 0;
    }

    private static int pct(List<Integer> v, int p) {
        if (v.isEmpty()) {
            return -1;
        }
        List<Integer> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100.0 * s.size()) - 1 < 0 ? 0 : (int) Math.ceil(p / 100.0 * s.size()) - 1));
    }

    /**
     * N nodes at 1 Hz, spread evenly over 10 ms ticks; with churn, 0.2% crash each second for 5 s.
     * Cheap on purpose, since it shares the machine with what it measures (real senders are other
     * machines): each node's datagram is encoded once and only its sequence is written per send
     * ({@link EncodedHeartbeat}), and a tick's datagrams are flushed together, which epoll sends
     * with one {@code sendmmsg}.
     */
    static final class NodeDriver {
        static final int TICK_MS = 10;
        private final EncodedHeartbeat[] hb;
        private final long[] sequence;
        private final long[] silentUntil;
        private final HeartbeatSender sender;
        private final InetSocketAddress target;
        private final java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        private int next;
        volatile boolean churn;
        /** With -Dbench.storm=SECONDS: every so often 30% of nodes fall silent together for 5 s (a partition). */
        private final long stormEveryNanos = Long.getLong("bench.storm", 0) * 1_000_000_000L;
        private long nextStorm;

        NodeDriver(int n, HeartbeatSender sender, InetSocketAddress target) {
            this.sender = sender;
            this.target = target;
            hb = new EncodedHeartbeat[n];
            sequence = new long[n];
            silentUntil = new long[n];
            for (int i = 0; i < n; i++) {
                hb[i] = new EncodedHeartbeat(new Heartbeat(MessageType.HEARTBEAT, "node-" + i, 1, 0, 0, 1000,
                        Map.of("zone", "z" + (i % 8), "role", i % 3 == 0 ? "db" : "web")));
            }
        }

        void tick() {
            int perTick = Math.max(1, hb.length * TICK_MS / 1000);
            long now = System.nanoTime();
            if (churn && stormEveryNanos > 0 && now >= nextStorm) {
                if (nextStorm > 0) {
                    for (int i = 0; i < hb.length; i += 10) {
                        for (int j = i; j < Math.min(hb.length, i + 3); j++) {
                            silentUntil[j] = now + 5_000_000_000L; // SUSPECT at 3 s, back before DEAD
                        }
                    }
                }
                nextStorm = now + stormEveryNanos;
            }
            for (int k = 0; k < perTick; k++) {
                int i = next;
                next = (next + 1) % hb.length;
                if (silentUntil[i] > now) {
                    continue;
                }
                if (churn && random.nextInt(500) == 0) {
                    silentUntil[i] = now + 5_000_000_000L; // a crash long enough to be SUSPECT, short of DEAD
                    continue;
                }
                sender.send(hb[i], ++sequence[i], 0, target);
            }
            sender.flush();
        }
    }

    /** Reads a value on the FX thread. */
    static final class Fx {
        static <T> T get(java.util.concurrent.Callable<T> c) throws Exception {
            java.util.concurrent.FutureTask<T> t = new java.util.concurrent.FutureTask<>(c);
            Platform.runLater(t);
            return t.get(10, TimeUnit.SECONDS);
        }
    }
}
