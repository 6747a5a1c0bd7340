package dev.pulsegrid.net;

/**
 * Something started alongside a monitor once it runs (journal, integrations, gossip) and closed
 * before it. Lets the GUI start them without knowing what they are.
 */
@FunctionalInterface
public interface MonitorAttachment {
    MonitorAttachment NONE = m -> () -> { };

    /** @throws Exception with a message naming the problem and the fix */
    AutoCloseable attach(Monitor monitor) throws Exception;

    /** Attaches this, then {@code next}; if {@code next} fails, this one is closed again. */
    default MonitorAttachment andThen(MonitorAttachment next) {
        return m -> {
            AutoCloseable first = attach(m);
            try {
                AutoCloseable second = next.attach(m);
                return () -> {
                    try {
                        second.close();
                    } finally {
                        first.close();
                    }
                };
            } catch (Exception e) {
                first.close();
                throw e;
            }
        };
    }
}
