package dev.pulsegrid.protocol.collectd;

import java.util.Locale;

/**
 * What a collectd receiver demands of incoming packets, as collectd's own network server does
 * ({@code SecurityLevel} in a {@code <Listen>} block).
 */
public enum SecurityLevel {
    /** Accept everything; signed packets are verified when a user is known, encrypted ones decrypted. */
    NONE,
    /** Accept only values covered by a valid HMAC-SHA-256 signature (or encryption). */
    SIGN,
    /** Accept only values that arrived encrypted with AES-256-OFB. */
    ENCRYPT;

    public static SecurityLevel parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown collectd security level '" + text + "' (use none, sign or encrypt)");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
