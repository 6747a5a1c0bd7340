package dev.pulsegrid.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;

/**
 * Runs a costly function of the newest request on one background thread and shows its result with
 * one {@code runLater}: requests that arrive while it runs replace each other (only the newest runs
 * next), and a result whose request has been overtaken, or {@link #discard discarded}, is dropped.
 * A drag that asks sixty times a second thus costs one computation at a time and never a queue.
 */
final class LatestOnly<I, O> {
    private record Request<I>(I input, long generation) {
    }

    private final Function<I, O> work;
    private final Consumer<O> show;
    private final Consumer<Throwable> failed;
    private final AtomicReference<Request<I>> pending = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();
    private final ExecutorService thread;
    private final Executor fx;

    LatestOnly(String threadName, Function<I, O> work, Consumer<O> show, Consumer<Throwable> failed) {
        this(threadName, work, show, failed, Platform::runLater);
    }

    /** @param fx where results are shown: the FX thread ({@code runLater}); tests pass their own */
    LatestOnly(String threadName, Function<I, O> work, Consumer<O> show, Consumer<Throwable> failed, Executor fx) {
        this.fx = fx;
        this.work = work;
        this.show = show;
        this.failed = failed;
        // One thread at most, and none while idle: a window that is never tuned costs no thread.
        this.thread = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1); // behind the FX and membership threads
            return t;
        });
    }

    /** Asks for {@code input}'s result; any older request not yet started is dropped. */
    void submit(I input) {
        Request<I> r = new Request<>(input, generation.incrementAndGet());
        if (pending.getAndSet(r) == null) {
            thread.execute(this::drain);
        }
    }

    /** Drops every request and result in flight (e.g. the setting was applied, its preview no longer asked for). */
    void discard() {
        generation.incrementAndGet();
        pending.set(null);
    }

    private void drain() {
        Request<I> r = pending.getAndSet(null);
        if (r == null) {
            return;
        }
        try {
            O out = work.apply(r.input());
            if (r.generation() == generation.get()) {
                fx.execute(() -> {
                    if (r.generation() == generation.get()) {
                        show.accept(out);
                    }
                });
            }
        } catch (RuntimeException e) {
            fx.execute(() -> failed.accept(e));
        }
    }

    void shutdown() {
        discard();
        thread.shutdownNow();
    }
}
