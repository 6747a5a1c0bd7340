package dev.pulsegrid.journal;

import dev.pulsegrid.cluster.Clock;
import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.MembershipListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes membership events and heartbeat arrivals to a {@link Journal} on one thread of its own, in
 * batched transactions (a commit at least every {@link WriterOptions#commitInterval()}).
 * <p>
 * The producers (membership thread, ingest) never wait for disk:
 * <ul>
 * <li>Events go into a lock-free queue and are never shed to make room for anything. While their
 * backlog exceeds {@code eventSoftLimit}, every arrival sample is shed so the writer spends all its
 * transactions on events. Blocking is never an option on the membership thread (it would stall every
 * node's judgement behind the disk), so the only bound left is memory: past {@code eventHardLimit}
 * (default 1,000,000, a few hundred MB) an event is counted in {@link JournalStats#lostEvents()}
 * rather than risk an out-of-memory crash of the monitor. The writer sustains ≥ 20,000 events/s, so
 * that backlog is only reachable when the disk stops taking writes, and it is then visible.</li>
 * <li>Arrival samples go into a bounded {@link ArrivalBuffer}; when it is full they are shed and
 * counted in {@link JournalStats#shedArrivals()}.</li>
 * </ul>
 * A failed transaction is rolled back and retried (rows stay queued, the error is in
 * {@link JournalStats#lastError()}). {@link #close()} flushes everything queued before it.
 */
public final class JournalWriter implements MembershipListener, AutoCloseable {
    /** Told on the writer thread after each commit; a durable point (used by the crash test). */
    @FunctionalInterface
    public interface CommitListener {
        void committed(long commitNumber, long committedEvents, long committedArrivals);
    }

    private static final Logger LOG = LoggerFactory.getLogger(JournalWriter.class);
    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Arrival rows per transaction: well under a second of writing, so commits stay at least once a second. */
    static final int ARRIVALS_PER_COMMIT = 50_000;
    /** A batch at least this big means rows are streaming in: no pause before the next one. */
    private static final int BUSY_ROWS = 1_000;

    private final Journal journal;
    private final Clock clock;
    private final WriterOptions options;
    private final Connection connection;
    private final RowWriter rows;
    private final ConcurrentLinkedQueue<Object> events = new ConcurrentLinkedQueue<>();
    private final AtomicLong eventBacklog = new AtomicLong();
    private final AtomicLong eventsEnqueued = new AtomicLong();
    private final LongAdder lostEvents = new LongAdder();
    private final ArrivalBuffer arrivals;
    private final AtomicInteger flushWaiters = new AtomicInteger();
    private final ConcurrentLinkedQueue<CompletableFuture<Long>> retentionRequests = new ConcurrentLinkedQueue<>();
    private final Object commitMonitor = new Object();
    private final Thread thread;
    private volatile boolean accepting = true;
    private volatile boolean closing;
    private volatile long committedEvents;
    private volatile long committedArrivals;
    private volatile long commits;
    private volatile long retentionDeleted;
    private volatile String lastError;
    private volatile CommitListener commitListener = (n, e, a) -> { };

    private JournalWriter(Journal journal, Clock clock, WriterOptions options) throws SQLException {
        this.journal = journal;
        this.clock = clock;
        this.options = options;
        this.arrivals = new ArrivalBuffer(options.arrivalCapacity());
        this.connection = journal.connect();
        this.connection.setAutoCommit(false);
        this.rows = new RowWriter(connection);
        this.thread = new Thread(this::run, "pulsegrid-journal-writer");
        this.thread.setDaemon(true);
    }

    /** Starts a writer with {@link WriterOptions#DEFAULT}; add it as a membership listener. */
    public static JournalWriter start(Journal journal, Clock clock) {
        return start(journal, clock, WriterOptions.DEFAULT);
    }

    public static JournalWriter start(Journal journal, Clock clock, WriterOptions options) {
        try {
            JournalWriter w = new JournalWriter(journal, clock, options);
            w.thread.start();
            return w;
        } catch (SQLException e) {
            throw new JournalException("cannot write journal " + journal.path() + ": " + e.getMessage(), e);
        }
    }

    /** Membership thread: queues the event; never blocks, never throws. */
    @Override
    public void onEvent(MembershipEvent event) {
        enqueue(event);
    }

    /** Queues a journal-only event (monitor start/stop, settings, self-pause). Any thread, never blocks. */
    public void record(JournalEvent event) {
        enqueue(event);
    }

    /** Queues a monitor-wide event stamped now. */
    public void recordMonitor(EventKind kind, String description) {
        enqueue(JournalEvent.monitor(clock.wallMillis(), kind, description));
    }

    /** Queues one heartbeat arrival; sheds it (counted) when the writer is behind. Any thread, never blocks on I/O. */
    public void recordArrival(String nodeId, long wallMillis) {
        if (eventBacklog.get() > options.eventSoftLimit() || !accepting) {
            arrivals.countShed();
            return;
        }
        arrivals.offer(nodeId, wallMillis);
    }

    private void enqueue(Object event) {
        if (!accepting || eventBacklog.incrementAndGet() > options.eventHardLimit()) {
            if (accepting) {
                eventBacklog.decrementAndGet();
            }
            lostEvents.increment();
            return;
        }
        events.offer(event);
        eventsEnqueued.incrementAndGet();
    }

    public void setCommitListener(CommitListener listener) {
        this.commitListener = listener == null ? (n, e, a) -> { } : listener;
    }

    public Journal journal() {
        return journal;
    }

    public JournalStats stats() {
        return new JournalStats(eventBacklog.get(), arrivals.queued(), committedEvents, committedArrivals,
                arrivals.shed(), lostEvents.sum(), commits, retentionDeleted, lastError);
    }

    /** Blocks until everything queued before the call is committed. Not for the membership or FX thread. */
    public void flush() {
        long targetEvents = eventsEnqueued.get();
        long targetArrivals = arrivals.accepted();
        flushWaiters.incrementAndGet();
        LockSupport.unpark(thread);
        try {
            synchronized (commitMonitor) {
                while (committedEvents < targetEvents || committedArrivals < targetArrivals) {
                    if (!thread.isAlive()) {
                        throw new JournalException("journal writer stopped before flushing: " + lastError);
                    }
                    commitMonitor.wait(50);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JournalException("interrupted while flushing the journal", e);
        } finally {
            flushWaiters.decrementAndGet();
        }
    }

    /** Flushes, then applies the retention policy now (as of the clock); returns the rows deleted. */
    public long enforceRetention() {
        if (!thread.isAlive()) {
            throw new JournalException("journal writer is closed: retention runs only while it writes");
        }
        flush();
        CompletableFuture<Long> done = new CompletableFuture<>();
        retentionRequests.add(done);
        LockSupport.unpark(thread);
        try {
            return done.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JournalException("interrupted while enforcing retention", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new JournalException("retention failed: " + e.getMessage(), e);
        }
    }

    /** Stops accepting rows, commits everything queued, closes the connection. */
    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        accepting = false;
        if (thread.isAlive()) {
            LOG.warn("journal writer did not finish within 30 s; {} events not journaled", eventBacklog.get());
        }
        lostEvents.add(events.size());
    }

    private void run() {
        List<JournalEvent> eventBatch = new ArrayList<>();
        ArrivalBuffer.Batch arrivalBatch = null;
        long nextRetention = clock.wallMillis();
        try {
            while (true) {
                boolean stop = closing;
                if (eventBatch.isEmpty()) {
                    pollEvents(eventBatch);
                }
                if (arrivalBatch == null) {
                    ArrivalBuffer.Batch b = arrivals.swap();
                    arrivalBatch = b.size > 0 ? b : null;
                }
                int arrivalRows = arrivalBatch == null ? 0
                        : Math.min(arrivalBatch.size - arrivalBatch.taken, ARRIVALS_PER_COMMIT);
                int n = eventBatch.size() + arrivalRows;
                if (n > 0) {
                    if (commit(eventBatch, arrivalBatch, arrivalRows)) {
                        eventBatch.clear();
                        if (arrivalBatch != null && arrivalBatch.taken == arrivalBatch.size) {
                            arrivalBatch = null;
                        }
                    } else if (stop) {
                        lostEvents.add(eventBatch.size());
                        break;
                    } else {
                        LockSupport.parkNanos(RETRY_NANOS);
                        continue;
                    }
                }
                if (clock.wallMillis() >= nextRetention || !retentionRequests.isEmpty()) {
                    runRetention();
                    nextRetention = clock.wallMillis() + options.retention().interval().toMillis();
                }
                if (n == 0 && stop) {
                    break;
                }
                // Under load, go straight on with whatever accumulated meanwhile; when idle, wait a commit
                // interval so a trickle of rows shares one transaction instead of one each.
                boolean busy = n >= BUSY_ROWS || arrivalBatch != null || events.size() >= BUSY_ROWS
                        || arrivals.queued() >= BUSY_ROWS;
                if (!busy && flushWaiters.get() == 0 && !closing) {
                    LockSupport.parkNanos(options.commitInterval().toNanos());
                }
            }
        } catch (RuntimeException | Error e) {
            lastError = String.valueOf(e);
            LOG.error("journal writer failed; journaling stopped", e);
        } finally {
            accepting = false;
            closeQuietly();
            synchronized (commitMonitor) {
                commitMonitor.notifyAll();
            }
        }
    }

    private void pollEvents(List<JournalEvent> batch) {
        for (int i = 0; i < options.batchRows(); i++) {
            Object o = events.poll();
            if (o == null) {
                return;
            }
            batch.add(o instanceof MembershipEvent me ? JournalEvent.of(me) : (JournalEvent) o);
        }
    }

    private boolean commit(List<JournalEvent> eventBatch, ArrivalBuffer.Batch arrivalBatch, int arrivalRows) {
        try {
            rows.writeEvents(eventBatch);
            if (arrivalRows > 0) {
                rows.writeArrivals(arrivalBatch, arrivalBatch.taken, arrivalBatch.taken + arrivalRows);
            }
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            rows.forgetUncommittedIds();
            lastError = e.getMessage();
            LOG.warn("journal commit failed, will retry: {}", e.getMessage());
            return false;
        }
        if (arrivalRows > 0) {
            arrivalBatch.taken += arrivalRows;
        }
        eventBacklog.addAndGet(-eventBatch.size());
        long e = committedEvents + eventBatch.size();
        long a = committedArrivals + arrivalRows;
        committedEvents = e;
        committedArrivals = a;
        long n = ++commits;
        lastError = null;
        synchronized (commitMonitor) {
            commitMonitor.notifyAll();
        }
        commitListener.committed(n, e, a);
        return true;
    }

    private void runRetention() {
        // Only requests made before this pass may be answered by it: a later one expects a later clock.
        List<CompletableFuture<Long>> answering = new ArrayList<>();
        for (CompletableFuture<Long> f; (f = retentionRequests.poll()) != null; ) {
            answering.add(f);
        }
        long deleted = 0;
        Exception failure = null;
        try {
            Retention.Result r = Retention.apply(connection, options.retention(), clock.wallMillis());
            deleted = r.deletedEvents() + r.deletedArrivals();
            retentionDeleted += deleted;
        } catch (SQLException e) {
            rollbackQuietly();
            failure = e;
            lastError = "retention: " + e.getMessage();
        }
        for (CompletableFuture<Long> f : answering) {
            if (failure == null) {
                f.complete(deleted);
            } else {
                f.completeExceptionally(failure);
            }
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The connection is unusable; the next commit reports the real error.
        }
    }

    private void closeQuietly() {
        try {
            rows.close();
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing journal {}: {}", journal.path(), e.getMessage());
        }
    }
}
