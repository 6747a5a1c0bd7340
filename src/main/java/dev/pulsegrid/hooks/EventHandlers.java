package dev.pulsegrid.hooks;

import dev.pulsegrid.cluster.EventJson;
import dev.pulsegrid.cluster.MembershipEvent;
import dev.pulsegrid.cluster.MembershipListener;
import dev.pulsegrid.cluster.NodeState;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * Acts on verdicts ({@code --on-transition}, {@code --webhook}): a membership listener that hands
 * each transition to every matching handler's queue and returns at once. Handlers run on their
 * own threads, at most {@code maxConcurrent} at a time, each run bounded by {@code timeout}.
 */
public final class EventHandlers implements MembershipListener, AutoCloseable {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_QUEUE = 1000;
    public static final int DEFAULT_CONCURRENCY = 4;

    private final List<HandlerLane> lanes;

    private EventHandlers(List<HandlerLane> lanes) {
        this.lanes = List.copyOf(lanes);
    }

    /**
     * @param commands    {@code [STATE[,STATE]=]CMD} specs, each run with /bin/sh -c
     * @param webhooks    URLs to POST every transition to
     * @throws IllegalArgumentException naming a spec without a command, or a URL that is not http(s)
     */
    public static EventHandlers start(List<String> commands, List<URI> webhooks, Duration timeout, int queueCapacity,
            int maxConcurrent) {
        if (timeout.isNegative() || timeout.isZero() || queueCapacity < 1 || maxConcurrent < 1) {
            throw new IllegalArgumentException("handler timeout, queue and concurrency must be positive");
        }
        Semaphore running = new Semaphore(maxConcurrent);
        List<TransitionFilter> filters = new ArrayList<>();
        for (String spec : commands) {
            filters.add(TransitionFilter.parse(spec));
        }
        for (URI u : webhooks) {
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("--webhook '" + u + "' is not an http:// or https:// URL");
            }
        }
        List<HandlerLane> lanes = new ArrayList<>();
        for (TransitionFilter f : filters) {
            lanes.add(new HandlerLane(f, new CommandAction(f.command()), timeout, queueCapacity, running));
        }
        for (URI u : webhooks) {
            TransitionFilter all = new TransitionFilter(EnumSet.allOf(NodeState.class), u.toString());
            lanes.add(new HandlerLane(all, new WebhookAction(u), timeout, queueCapacity, running));
        }
        return new EventHandlers(lanes);
    }

    public boolean isEmpty() {
        return lanes.isEmpty();
    }

    /** On the membership thread: serialises once, enqueues, returns. */
    @Override
    public void onEvent(MembershipEvent event) {
        if (!event.isTransition() || lanes.isEmpty()) {
            return;
        }
        String json = EventJson.toJson(event);
        for (HandlerLane lane : lanes) {
            lane.offer(event, json);
        }
    }

    public List<HandlerStats> stats() {
        List<HandlerStats> out = new ArrayList<>(lanes.size());
        for (HandlerLane l : lanes) {
            out.add(l.stats());
        }
        return out;
    }

    /** Stops taking work; a handler process already running finishes or meets its timeout. */
    @Override
    public void close() {
        lanes.forEach(HandlerLane::close);
    }
}
