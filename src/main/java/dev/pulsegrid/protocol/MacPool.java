package dev.pulsegrid.protocol;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Initialised HMAC-SHA-256 instances per thread and key. {@code Mac} is not thread-safe and
 * {@code init} costs two hash blocks, so each ingest or sender thread keeps its own, per key object;
 * a reloaded keyring brings new key objects and the old entries are dropped when the map grows.
 */
final class MacPool {
    static final int MAC_BYTES = 32;
    private static final int MAX_CACHED = 32;
    private static final ThreadLocal<MacPool> POOL = ThreadLocal.withInitial(MacPool::new);

    private final Map<SigningKey, Mac> macs = new IdentityHashMap<>();
    final byte[] out = new byte[MAC_BYTES];

    static MacPool get() {
        return POOL.get();
    }

    Mac mac(SigningKey key) {
        Mac m = macs.get(key);
        if (m == null) {
            if (macs.size() >= MAX_CACHED) {
                macs.clear();
            }
            try {
                m = Mac.getInstance("HmacSHA256");
                m.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every Java SE runtime", e);
            }
            macs.put(key, m);
        }
        return m;
    }

    /** HMAC of {@code buf[from, to)} into {@link #out}; the buffer's position and limit are not moved. */
    byte[] compute(SigningKey key, ByteBuffer buf, int from, int to) {
        Mac m = mac(key);
        m.update(buf.duplicate().limit(to).position(from));
        return finish(m);
    }

    byte[] finish(Mac m) {
        try {
            m.doFinal(out, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("32-byte output buffer always fits", e);
        }
        return out;
    }

    /** Constant-time comparison of {@link #out} with the 32 bytes at {@code at}: no timing oracle for forgers. */
    boolean matches(ByteBuffer buf, int at) {
        int diff = 0;
        for (int i = 0; i < MAC_BYTES; i++) {
            diff |= out[i] ^ buf.get(at + i);
        }
        return diff == 0;
    }
}
