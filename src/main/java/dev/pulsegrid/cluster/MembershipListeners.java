package dev.pulsegrid.cluster;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Who hears of Membership's node events and monitor notes. Listeners may be added from any thread;
 * events and notes are delivered on the membership thread. Nothing is built when nobody listens, so a
 * headless run without listeners pays no allocation per change.
 */
final class MembershipListeners {
    private final Clock clock;
    private final List<MembershipListener> listeners = new CopyOnWriteArrayList<>();
    private final List<MonitorNote.Listener> noteListeners = new CopyOnWriteArrayList<>();
    private final ReasonPool reasons = new ReasonPool();

    MembershipListeners(Clock clock) {
        this.clock = clock;
    }

    void add(MembershipListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    void remove(MembershipListener listener) {
        listeners.remove(listener);
    }

    void addNote(MonitorNote.Listener listener) {
        noteListeners.add(Objects.requireNonNull(listener));
    }

    void removeNote(MonitorNote.Listener listener) {
        noteListeners.remove(listener);
    }

    void note(MonitorNote.Kind kind, String text) {
        if (!noteListeners.isEmpty()) {
            MonitorNote n = new MonitorNote(clock.wallMillis(), kind, text);
            noteListeners.forEach(l -> l.onNote(n));
        }
    }

    void emit(MembershipEvent.Kind kind, NodeRecord r, NodeState from, NodeState to, String reason, long now) {
        if (listeners.isEmpty()) {
            return;
        }
        MembershipEvent e = new MembershipEvent(clock.wallMillis(), now, kind, r.id, from, to, reasons.share(reason),
                r.address, r.unpackedAddress(), r.incarnation, r.meta);
        for (MembershipListener l : listeners) {
            l.onEvent(e);
        }
    }
}
