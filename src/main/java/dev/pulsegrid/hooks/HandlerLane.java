package dev.pulsegrid.hooks;

import dev.pulsegrid.cluster.MembershipEvent;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One handler's own bounded queue and worker thread: a handler sees its transitions in the order
 * they happened, one at a time; a full queue refuses (counted) instead of blocking membership.
 * All lanes share one semaphore, which bounds how many handlers run at once.
 */
final class HandlerLane implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HandlerLane.class);
    private record Job(MembershipEvent event, String json) { }

    private final TransitionFilter filter;
    private final EventAction action;
    private final Duration timeout;
    private final Semaphore running;
    private final BlockingQueue<Job> queue;
    private final int capacity;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong timedOut = new AtomicLong();
    private final Thread worker;
    private volatile boolean closed;
    private long lastDropLogNanos;

    HandlerLane(TransitionFilter filter, EventAction action, Duration timeout, int capacity, Semaphore running) {
        this.filter = filter;
        this.action = action;
        this.timeout = timeout;
        this.capacity = capacity;
        this.running = running;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.worker = new Thread(this::work, "pulsegrid-handler-" + action.name());
        worker.setDaemon(true);
        worker.start();
    }

    /** Called on the membership thread: never blocks. */
    void offer(MembershipEvent e, String json) {
        if (closed || !filter.matches(e)) {
            return;
        }
        if (!queue.offer(new Job(e, json))) {
            dropped.incrementAndGet();
            long now = System.nanoTime();
            if (now - lastDropLogNanos > 10_000_000_000L) {
                lastDropLogNanos = now;
                LOG.warn("event handler {} is {} events behind: dropping (counted)", action.name(), capacity);
            }
        }
    }

    private void work() {
        while (!closed) {
            Job job;
            try {
                job = queue.take();
                running.acquire();
            } catch (InterruptedException e) {
                return;
            }
            try {
                switch (action.run(job.event(), job.json(), timeout)) {
                    case OK -> succeeded.incrementAndGet();
                    case FAILED -> failed.incrementAndGet();
                    case TIMED_OUT -> timedOut.incrementAndGet();
                    default -> throw new IllegalStateException();
                }
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                LOG.warn("event handler {} failed", action.name(), e);
            } finally {
                running.release();
            }
        }
    }

    HandlerStats stats() {
        return new HandlerStats(action.name(), queue.size(), capacity, dropped.get(), succeeded.get(), failed.get(),
                timedOut.get());
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
    }
}
