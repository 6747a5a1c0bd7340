package dev.pulsegrid.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One shared secret and the name senders put on the wire so receivers know which secret to check
 * with. Ids are short ASCII names ({@code [A-Za-z0-9._-]}, 1..64 bytes) so they need no escaping in
 * the JSON form, the keyring file or a log line.
 */
public final class SigningKey {
    public static final int MAX_ID_BYTES = 64;
    /** 128 bits: shorter HMAC keys can be guessed offline from one captured datagram. */
    public static final int MIN_SECRET_BYTES = 16;
    /** Longer keys are hashed down by HMAC anyway; a cap keeps typos (a whole file pasted) visible. */
    public static final int MAX_SECRET_BYTES = 128;

    private final String id;
    private final byte[] idBytes;
    private final byte[] secret;

    public SigningKey(String id, byte[] secret) {
        String problem = checkId(id);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (secret.length < MIN_SECRET_BYTES || secret.length > MAX_SECRET_BYTES) {
            throw new IllegalArgumentException("secret of key '" + id + "' is " + secret.length + " bytes; use "
                    + MIN_SECRET_BYTES + ".." + MAX_SECRET_BYTES + " (32 random bytes recommended)");
        }
        this.id = id;
        this.idBytes = id.getBytes(StandardCharsets.US_ASCII);
        this.secret = secret.clone();
    }

    /** @return null when {@code id} is a valid key id, else why not */
    public static String checkId(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ID_BYTES) {
            return "key id must be 1.." + MAX_ID_BYTES + " characters";
        }
        for (int i = 0; i < id.length(); i++) {
            if (!isIdByte(id.charAt(i))) {
                return "key id '" + id + "' may only contain letters, digits, '.', '_' and '-'";
            }
        }
        return null;
    }

    static boolean isIdByte(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-';
    }

    public String id() {
        return id;
    }

    byte[] idBytes() {
        return idBytes;
    }

    byte[] secret() {
        return secret;
    }

    /** Same id and same secret: a reload that changed nothing keeps cached MACs valid. */
    boolean sameAs(SigningKey o) {
        return id.equals(o.id) && Arrays.equals(secret, o.secret);
    }

    @Override
    public String toString() {
        return "SigningKey[" + id + "]"; // never the secret: keys end up in logs through toString
    }
}
