package dev.pulsegrid.protocol;

import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Encodes heartbeats signed with the keyring's primary key. The keyring is asked on every call, so a
 * sender whose keyring file is reloaded signs with the new primary from its next heartbeat on.
 * Thread-safe (MACs are per thread).
 */
public final class HeartbeatSigner {
    /** The most a signature adds to a binary message (a 64-byte key id): senders that fill a datagram leave this much room. */
    public static final int MAX_TRAILER_BYTES = SigningKey.MAX_ID_BYTES + 1 + MacPool.MAC_BYTES;
    private final Supplier<Keyring> keyring;

    public HeartbeatSigner(Supplier<Keyring> keyring) {
        this.keyring = Objects.requireNonNull(keyring, "keyring");
    }

    public static HeartbeatSigner of(Keyring fixed) {
        return new HeartbeatSigner(() -> fixed);
    }

    private SigningKey key() {
        SigningKey k = keyring.get().primary();
        if (k == null) {
            throw new IllegalStateException("the keyring has no primary key to sign with");
        }
        return k;
    }

    /** @return the exact signed size, after checking the heartbeat is sendable */
    public int encodedSize(Heartbeat hb) {
        return checkedSize(hb, key());
    }

    private static int checkedSize(Heartbeat hb, SigningKey key) {
        int size = BinaryHeartbeatEncoder.encodedSize(hb) + BinarySignature.trailerSize(key);
        if (size > WireLimits.MAX_SEND_BYTES) {
            throw new InvalidHeartbeatException(DecodeError.TOO_LARGE,
                    size + " bytes signed, senders stay within " + WireLimits.MAX_SEND_BYTES);
        }
        return size;
    }

    public byte[] encode(Heartbeat hb) {
        SigningKey key = key();
        byte[] out = new byte[checkedSize(hb, key)];
        write(hb, key, ByteBuffer.wrap(out));
        return out;
    }

    /**
     * Writes the signed binary form at {@code out}'s position and advances it.
     *
     * @return the number of bytes written
     */
    public int encode(Heartbeat hb, ByteBuffer out) {
        SigningKey key = key();
        int size = checkedSize(hb, key);
        if (out.remaining() < size) {
            throw new IllegalArgumentException("need " + size + " bytes, buffer has " + out.remaining());
        }
        write(hb, key, out);
        return size;
    }

    private static void write(Heartbeat hb, SigningKey key, ByteBuffer out) {
        int start = out.position();
        int body = BinaryHeartbeatEncoder.encode(hb, out);
        int total = BinarySignature.sign(out, start, body, key);
        out.position(start + total);
    }

    /**
     * Signs any unsigned binary v1 message (a heartbeat, or a gossip digest whose flag bit 0 is set):
     * sets flag bit 1 and appends the trailer. For senders that encode their own messages.
     */
    public byte[] sign(byte[] unsignedBinary) {
        SigningKey key = key();
        int flags = BinaryLayout.readFlags(ByteBuffer.wrap(unsignedBinary), 0, unsignedBinary.length);
        if (flags < 0 || (flags & BinaryLayout.FLAG_AUTH) != 0) {
            throw new IllegalArgumentException(flags < 0 ? "not a binary v1 message" : "already signed");
        }
        int size = unsignedBinary.length + BinarySignature.trailerSize(key);
        if (size > WireLimits.MAX_SEND_BYTES) {
            throw new InvalidHeartbeatException(DecodeError.TOO_LARGE,
                    size + " bytes signed, senders stay within " + WireLimits.MAX_SEND_BYTES);
        }
        byte[] out = java.util.Arrays.copyOf(unsignedBinary, size);
        BinarySignature.sign(ByteBuffer.wrap(out), 0, unsignedBinary.length, key);
        return out;
    }

    /** The JSON form with its {@code "sig"} member. */
    public byte[] encodeJson(Heartbeat hb) {
        byte[] signed = JsonSignature.sign(JsonHeartbeatEncoder.encode(hb), key());
        if (signed.length > WireLimits.MAX_SEND_BYTES) {
            throw new InvalidHeartbeatException(DecodeError.TOO_LARGE,
                    signed.length + " bytes signed, senders stay within " + WireLimits.MAX_SEND_BYTES);
        }
        return signed;
    }

    /** Whether the keyring currently has a primary key, i.e. whether {@link #sign} and {@link #encode} can work. */
    public boolean canSign() {
        return keyring.get().primary() != null;
    }

    /** The id of the key the next message will be signed with. */
    public String keyId() {
        return key().id();
    }
}
