package dev.pulsegrid.protocol.collectd;

import dev.pulsegrid.protocol.collectd.CollectdDecodeException.Reason;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes one datagram of collectd's binary network protocol into what it says about each sending
 * host. Applies the receiver's {@link SecurityLevel} the way collectd's own server does: values
 * that are not protected enough are dropped, a signature that fails drops the rest of the packet.
 * Not thread-safe (it keeps derived keys): one decoder per event-loop thread.
 */
public final class CollectdDecoder {
    static final int HOST = 0x0000;
    static final int TIME = 0x0001;
    static final int PLUGIN = 0x0002;
    static final int PLUGIN_INSTANCE = 0x0003;
    static final int TYPE = 0x0004;
    static final int TYPE_INSTANCE = 0x0005;
    static final int VALUES = 0x0006;
    static final int INTERVAL = 0x0007;
    static final int TIME_HR = 0x0008;
    static final int INTERVAL_HR = 0x0009;
    static final int SIGN_SHA256 = 0x0200;
    static final int ENCR_AES256 = 0x0210;
    private static final int MAX_HOST_BYTES = 255;

    private final SecurityLevel level;
    private final CollectdCrypto crypto;
    private final boolean authEmpty;

    public CollectdDecoder(SecurityLevel level, CollectdAuthFile auth) {
        if (level != SecurityLevel.NONE && auth.isEmpty()) {
            throw new IllegalArgumentException("collectd security level " + level.label()
                    + " needs users and passwords: give --collectd-auth FILE");
        }
        this.level = level;
        this.crypto = new CollectdCrypto(auth);
        this.authEmpty = auth.isEmpty();
    }

    public SecurityLevel level() {
        return level;
    }

    /**
     * @return one record per host that sent acceptable values, in order of first appearance (never empty)
     * @throws CollectdDecodeException when the datagram is dropped; its reason is the counter to bump
     */
    public List<CollectdHostRecord> decode(ByteBuffer datagram) throws CollectdDecodeException {
        Packet packet = new Packet();
        parse(datagram.slice().order(ByteOrder.BIG_ENDIAN), packet, SecurityLevel.NONE, null, 0);
        if (packet.hosts.isEmpty()) {
            throw packet.rejected != null ? packet.rejected
                    : new CollectdDecodeException(Reason.NO_VALUES, "no values from a named host");
        }
        List<CollectdHostRecord> out = new ArrayList<>(packet.hosts.size());
        for (HostAccumulator h : packet.hosts.values()) {
            out.add(h.toRecord());
        }
        return out;
    }

    private void parse(ByteBuffer b, Packet packet, SecurityLevel protection, String user, int depth)
            throws CollectdDecodeException {
        ValueListCursor c = new ValueListCursor();
        while (b.hasRemaining()) {
            int start = b.position();
            if (b.remaining() < 4) {
                throw fail(Reason.TRUNCATED, "part header cut at byte " + start);
            }
            int type = b.getShort() & 0xFFFF;
            int len = b.getShort() & 0xFFFF;
            if (len < 4) {
                throw fail(Reason.MALFORMED, "part 0x" + Integer.toHexString(type) + " has length " + len);
            }
            if (len - 4 > b.remaining()) {
                throw fail(Reason.TRUNCATED, "part 0x" + Integer.toHexString(type) + " runs past the end");
            }
            ByteBuffer body = b.slice(start + 4, len - 4).order(ByteOrder.BIG_ENDIAN);
            b.position(start + len);
            switch (type) {
                case HOST -> c.host = string(body, type);
                case PLUGIN -> c.plugin = string(body, type);
                case TYPE -> c.type = string(body, type);
                case PLUGIN_INSTANCE, TYPE_INSTANCE -> checkString(body, type); // not needed: no String made
                case TIME -> c.timeMillis = CollectdTime.secondsToMillis(number(body, type));
                case TIME_HR -> c.timeMillis = CollectdTime.hiResToMillis(number(body, type));
                case INTERVAL -> c.intervalMillis = CollectdTime.clampInterval(
                        CollectdTime.secondsToMillis(number(body, type)));
                case INTERVAL_HR -> c.intervalMillis = CollectdTime.clampInterval(
                        CollectdTime.hiResToMillis(number(body, type)));
                case VALUES -> values(body, c, packet, protection, user);
                case SIGN_SHA256 -> {
                    signed(body, b, packet, protection, depth);
                    return;
                }
                case ENCR_AES256 -> encrypted(body, packet, protection, depth);
                default -> { } // notifications, severity, meta data, future parts: not signs of life
            }
        }
    }

    private void values(ByteBuffer body, ValueListCursor c, Packet packet, SecurityLevel protection, String user)
            throws CollectdDecodeException {
        if (body.remaining() < 2) {
            throw fail(Reason.MALFORMED, "values part without a count");
        }
        int n = body.getShort(0) & 0xFFFF;
        if (body.remaining() != 2 + 9 * n) {
            throw fail(Reason.MALFORMED, "values part length does not fit " + n + " values");
        }
        for (int i = 0; i < n; i++) {
            if ((body.get(2 + i) & 0xFF) > 3) {
                throw fail(Reason.MALFORMED, "unknown data source type " + (body.get(2 + i) & 0xFF));
            }
        }
        boolean enough = switch (level) {
            case NONE -> true;
            case SIGN -> protection != SecurityLevel.NONE;
            case ENCRYPT -> protection == SecurityLevel.ENCRYPT;
        };
        if (!enough) {
            packet.rejected = fail(level == SecurityLevel.SIGN ? Reason.UNSIGNED : Reason.UNENCRYPTED,
                    "values not " + (level == SecurityLevel.SIGN ? "signed" : "encrypted"));
            return;
        }
        if (c.host == null || c.host.isEmpty()) {
            return;
        }
        packet.hosts.computeIfAbsent(c.host, h -> new HostAccumulator(h, protection, user)).add(c);
    }

    private void signed(ByteBuffer body, ByteBuffer rest, Packet packet, SecurityLevel protection, int depth)
            throws CollectdDecodeException {
        if (body.remaining() <= CollectdCrypto.SHA256_LEN) {
            throw fail(Reason.MALFORMED, "signature part without a user name");
        }
        byte[] userBytes = new byte[body.remaining() - CollectdCrypto.SHA256_LEN];
        body.get(CollectdCrypto.SHA256_LEN, userBytes);
        String user = new String(userBytes, StandardCharsets.UTF_8);
        ByteBuffer signedData = rest.slice();
        if (!crypto.knows(user)) {
            if (level == SecurityLevel.NONE && authEmpty) {
                // collectd's server without an auth file accepts signed packets unverified; so do we.
                parse(signedData, packet, protection, null, depth + 1);
                return;
            }
            throw fail(Reason.UNKNOWN_USER, "signed by unknown user '" + user + "'");
        }
        if (!crypto.verify(user, userBytes, body.slice(0, CollectdCrypto.SHA256_LEN), signedData)) {
            throw fail(Reason.BAD_SIGNATURE, "HMAC-SHA-256 mismatch for user '" + user + "'");
        }
        if (depth > 2) {
            throw fail(Reason.MALFORMED, "nested protection");
        }
        SecurityLevel now = protection == SecurityLevel.ENCRYPT ? protection : SecurityLevel.SIGN;
        parse(signedData, packet, now, user, depth + 1);
    }

    private void encrypted(ByteBuffer body, Packet packet, SecurityLevel protection, int depth)
            throws CollectdDecodeException {
        if (protection == SecurityLevel.ENCRYPT || depth > 2) {
            throw fail(Reason.MALFORMED, "nested encryption");
        }
        if (body.remaining() < 2) {
            throw fail(Reason.MALFORMED, "encryption part without a user name length");
        }
        int userLen = body.getShort(0) & 0xFFFF;
        int headerLen = 2 + userLen + CollectdCrypto.IV_LEN;
        if (userLen == 0 || body.remaining() < headerLen + CollectdCrypto.SHA1_LEN) {
            throw fail(Reason.MALFORMED, "encryption part too short");
        }
        byte[] userBytes = new byte[userLen];
        body.get(2, userBytes);
        String user = new String(userBytes, StandardCharsets.UTF_8);
        if (!crypto.knows(user)) {
            throw fail(Reason.UNKNOWN_USER, "encrypted by unknown user '" + user + "'");
        }
        ByteBuffer plain = crypto.decrypt(user, body.slice(2 + userLen, CollectdCrypto.IV_LEN),
                body.slice(headerLen, body.remaining() - headerLen));
        if (plain == null) {
            throw fail(Reason.BAD_ENCRYPTION, "SHA-1 mismatch after decryption for user '" + user + "'");
        }
        parse(plain.order(ByteOrder.BIG_ENDIAN), packet, SecurityLevel.ENCRYPT, user, depth + 1);
    }

    private static void checkString(ByteBuffer body, int type) throws CollectdDecodeException {
        int n = body.remaining();
        if (n < 1 || body.get(n - 1) != 0) {
            throw fail(Reason.MALFORMED, "string part 0x" + Integer.toHexString(type) + " not NUL-terminated");
        }
    }

    private static String string(ByteBuffer body, int type) throws CollectdDecodeException {
        checkString(body, type);
        int n = body.remaining();
        if (type == HOST && n - 1 > MAX_HOST_BYTES) {
            throw fail(Reason.MALFORMED, "host name longer than " + MAX_HOST_BYTES + " bytes");
        }
        byte[] bytes = new byte[n - 1];
        body.get(0, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static long number(ByteBuffer body, int type) throws CollectdDecodeException {
        if (body.remaining() != 8) {
            throw fail(Reason.MALFORMED, "numeric part 0x" + Integer.toHexString(type) + " is not 8 bytes");
        }
        return body.getLong(0);
    }

    private static CollectdDecodeException fail(Reason reason, String message) {
        return new CollectdDecodeException(reason, message);
    }

    private static final class Packet {
        final Map<String, HostAccumulator> hosts = new LinkedHashMap<>(4);
        CollectdDecodeException rejected;
    }
}
