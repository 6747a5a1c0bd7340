package dev.pulsegrid.net;

import dev.pulsegrid.protocol.Keyring;
import java.net.InetAddress;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the ingest path checks before a heartbeat reaches membership (docs/PROTOCOL.md, "Receiver
 * policy"): source network, signature, clock skew. Part of {@link MonitorConfig}, so every front end
 * that starts a Monitor (watch, the GUI) gets the same checks.
 *
 * @param keyring            keys signed datagrams are checked against; asked once per datagram, so a
 *                           reloading {@link KeyringFile} takes effect at once
 * @param requireAuth        drop every unsigned datagram
 * @param allow              source networks accepted; empty = any
 * @param maxClockSkewMillis largest accepted |sent-at − our wall clock|; 0 = not checked
 */
public record IngestSecurity(Supplier<Keyring> keyring, boolean requireAuth, List<Cidr> allow, long maxClockSkewMillis) {
    public static final IngestSecurity NONE = new IngestSecurity(null, false, List.of(), 0);

    public IngestSecurity {
        if (requireAuth && keyring == null) {
            throw new IllegalArgumentException("--require-auth needs --keyring FILE (the keys signed heartbeats are checked with)");
        }
        if (maxClockSkewMillis < 0) {
            throw new IllegalArgumentException("--max-clock-skew must not be negative");
        }
        if (keyring == null) {
            keyring = () -> Keyring.EMPTY;
        }
        allow = List.copyOf(allow);
    }

    public boolean allows(InetAddress source) {
        if (allow.isEmpty()) {
            return true;
        }
        for (Cidr c : allow) {
            if (c.matches(source)) {
                return true;
            }
        }
        return false;
    }

    /** True when a heartbeat sent at {@code sentAtMillis} is too far from {@code nowMillis} to accept. */
    public static boolean skewed(long sentAtMillis, long nowMillis, long maxSkewMillis) {
        if (maxSkewMillis <= 0) {
            return false;
        }
        // sent-at 0 means "unknown": under a skew limit that cannot be trusted either.
        return sentAtMillis == 0 || sentAtMillis < nowMillis - maxSkewMillis || sentAtMillis > nowMillis + maxSkewMillis;
    }

    public boolean checksSkew() {
        return maxClockSkewMillis > 0;
    }
}
