package dev.pulsegrid.ui;

import dev.pulsegrid.settings.Settings;
import dev.pulsegrid.settings.SettingsStore;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The operator's stored settings while the window is open. Every change the operator applies is
 * saved at once, but on a background thread (the FX thread does no I/O); saves run in order, so
 * the file always ends with the latest settings.
 */
final class OperatorSettings {
    private final SettingsStore store;
    private final ExecutorService saver;
    private volatile Consumer<String> onSaveFailed = msg -> { };
    private Settings current;
    private CompletableFuture<Void> lastSave = CompletableFuture.completedFuture(null);

    OperatorSettings(Settings stored, SettingsStore store) {
        this.current = stored;
        this.store = store;
        this.saver = store == null ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pulsegrid-settings-save");
            t.setDaemon(true);
            return t;
        });
    }

    /** Kept in memory only: tests, and windows started without a store. */
    static OperatorSettings inMemory(Settings s) {
        return new OperatorSettings(s, null);
    }

    /** Told (on the saver thread) when a save fails, with a one-line reason. */
    void setOnSaveFailed(Consumer<String> c) {
        onSaveFailed = c;
    }

    Settings current() {
        return current;
    }

    /** Applies a change and saves the result; call from the FX thread. */
    synchronized void update(UnaryOperator<Settings> change) {
        Settings next = change.apply(current);
        if (next.equals(current)) {
            return;
        }
        current = next;
        if (saver != null) {
            lastSave = CompletableFuture.runAsync(() -> {
                try {
                    store.save(next);
                } catch (Exception e) {
                    onSaveFailed.accept("Settings not saved to " + store.file() + ": " + e.getMessage());
                }
            }, saver);
        }
    }

    /** Completes when every change made so far is on disk (tests; closing the window). */
    synchronized CompletableFuture<Void> flushed() {
        return lastSave;
    }
}
