package dev.pulsegrid.ui.grid;

import dev.pulsegrid.cluster.NodeView;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Builds grid orders for large clusters on one background thread, so filtering and re-sorting
 * 100,000 nodes never stalls a frame. The FX thread {@link #submit}s a request (snapshot nodes are
 * immutable, so handing them over is safe) and {@link #poll}s once per pulse; while a build runs,
 * only the newest further request is kept. The thread ends after a few idle seconds.
 */
final class OrderWorker {
    record Request(long id, NodeView[] nodes, Inventory inventory, NodeFilter filter, String groupKey,
                   SortOrder sort, long nowNanos) {
    }

    record Result(long id, GridOrder order) {
    }

    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "pulsegrid-grid-order");
                t.setDaemon(true);
                return t;
            });
    /** Touched only on the worker thread. */
    private final OrderKeys.NameRanks names = new OrderKeys.NameRanks();
    private volatile Result done;
    // FX thread only
    private boolean busy;
    private Request pending;

    void submit(Request r) {
        if (busy) {
            pending = r;
        } else {
            start(r);
        }
    }

    /** The order finished since the last poll, or null. FX thread. */
    Result poll() {
        Result d = done;
        if (d == null) {
            return null;
        }
        done = null;
        busy = false;
        if (pending != null) {
            Request p = pending;
            pending = null;
            start(p);
        }
        return d;
    }

    private void start(Request r) {
        busy = true;
        thread.execute(() -> {
            GridOrder o;
            try {
                o = GridOrder.build(r.nodes(), r.inventory(), r.filter(), r.groupKey(), r.sort(), r.nowNanos(), names);
            } catch (RuntimeException e) {
                o = null; // a bug must not wedge the grid: the FX thread keeps the old order and asks again
            }
            done = new Result(r.id(), o);
        });
    }
}
