package dev.pulsegrid.hooks;

/**
 * One handler's counters, for the summary line, the GUI and the metrics endpoint.
 *
 * @param name      e.g. "cmd:/usr/local/bin/page.sh" or "webhook:https://..."
 * @param queued    events waiting now
 * @param capacity  the queue's bound
 * @param dropped   events refused because the queue was full
 * @param succeeded runs that exited 0 / answered 2xx
 * @param failed    runs that failed (exit code, no start, HTTP error)
 * @param timedOut  runs killed or abandoned at the timeout
 */
public record HandlerStats(String name, int queued, int capacity, long dropped, long succeeded, long failed,
        long timedOut) {

    public long completed() {
        return succeeded + failed + timedOut;
    }
}
