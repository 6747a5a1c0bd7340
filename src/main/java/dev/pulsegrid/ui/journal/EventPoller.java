package dev.pulsegrid.ui.journal;

import dev.pulsegrid.journal.Journal;
import dev.pulsegrid.journal.JournalEvent;
import dev.pulsegrid.journal.JournalQuery;
import dev.pulsegrid.journal.JournalReader;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the log viewer live without touching the FX thread: a background thread reads the journal
 * every {@code periodMillis} and hands each poll's rows over in one batch (one FX update per poll).
 * A new filter makes the next poll reload the newest {@link #MAX_ROWS} matching rows.
 */
final class EventPoller implements AutoCloseable {
    /** One poll's result: {@code reset} replaces the table's rows, otherwise they are appended. */
    record Batch(boolean reset, List<JournalEvent> rows) {
    }

    static final int MAX_ROWS = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(EventPoller.class);

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pulsegrid-journal-viewer");
        t.setDaemon(true);
        return t;
    });
    private final JournalReader reader;
    private final Consumer<Batch> sink;
    private volatile JournalQuery pending;
    private JournalQuery query = JournalQuery.ALL;
    private long lastId;

    EventPoller(Journal journal, JournalQuery initial, long periodMillis, Consumer<Batch> sink) {
        this.reader = new JournalReader(journal);
        this.sink = sink;
        this.pending = initial;
        thread.scheduleWithFixedDelay(this::poll, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Any thread: the next poll (started now) reloads with this filter. */
    void setQuery(JournalQuery q) {
        pending = q;
        thread.execute(this::poll);
    }

    private void poll() {
        try {
            JournalQuery next = pending;
            if (next != null) {
                pending = null;
                query = next;
                List<JournalEvent> rows = reader.newestEvents(query, MAX_ROWS);
                lastId = rows.isEmpty() ? reader.lastEventId() : rows.get(rows.size() - 1).id();
                sink.accept(new Batch(true, rows));
                return;
            }
            List<JournalEvent> rows = reader.events(query.withAfterId(lastId).withLimit(MAX_ROWS));
            if (!rows.isEmpty()) {
                lastId = rows.get(rows.size() - 1).id();
                sink.accept(new Batch(false, rows));
            }
        } catch (RuntimeException e) {
            LOG.warn("journal viewer poll failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reader.close();
    }
}
