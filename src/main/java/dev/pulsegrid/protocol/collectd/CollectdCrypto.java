package dev.pulsegrid.protocol.collectd;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * collectd's two protections, exactly as its network plugin applies them: HMAC-SHA-256 keyed with
 * the password over user name + the rest of the packet; AES-256-OFB keyed with SHA-256(password),
 * the plaintext starting with SHA-1 of the payload. Keys are derived once per user and kept.
 * Not thread-safe: one instance per decoding thread.
 */
final class CollectdCrypto {
    static final int SHA256_LEN = 32;
    static final int SHA1_LEN = 20;
    static final int IV_LEN = 16;

    private final CollectdAuthFile auth;
    private final Map<String, Mac> macs = new HashMap<>();
    private final Map<String, SecretKeySpec> aesKeys = new HashMap<>();
    private final Cipher aes;
    private final MessageDigest sha1;
    private final byte[] hash = new byte[SHA256_LEN];
    private final byte[] digest = new byte[SHA1_LEN];

    CollectdCrypto(CollectdAuthFile auth) {
        this.auth = auth;
        try {
            this.aes = Cipher.getInstance("AES/OFB/NoPadding");
            this.sha1 = MessageDigest.getInstance("SHA-1");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks AES/OFB or SHA-1", e);
        }
    }

    boolean knows(String user) {
        return auth.password(user).isPresent();
    }

    /** @return true when {@code expected} is the HMAC of user + {@code signed} under the user's password */
    boolean verify(String user, byte[] userBytes, ByteBuffer expected, ByteBuffer signed) {
        Mac mac = macs.computeIfAbsent(user, u -> newMac(auth.password(u).orElseThrow()));
        mac.update(userBytes);
        mac.update(signed.duplicate());
        try {
            mac.doFinal(hash, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        byte[] got = new byte[SHA256_LEN];
        expected.duplicate().get(got);
        return MessageDigest.isEqual(hash, got);
    }

    /** @return the verified payload after the SHA-1, or null when the integrity check fails */
    ByteBuffer decrypt(String user, ByteBuffer iv, ByteBuffer ciphertext) {
        SecretKeySpec key = aesKeys.computeIfAbsent(user, u -> aesKey(auth.password(u).orElseThrow()));
        byte[] ivBytes = new byte[IV_LEN];
        iv.duplicate().get(ivBytes);
        byte[] plain = new byte[ciphertext.remaining()];
        try {
            aes.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(ivBytes));
            aes.doFinal(ciphertext.duplicate(), ByteBuffer.wrap(plain));
            sha1.update(plain, SHA1_LEN, plain.length - SHA1_LEN);
            sha1.digest(digest, 0, SHA1_LEN);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < SHA1_LEN; i++) {
            if (plain[i] != digest[i]) {
                return null;
            }
        }
        return ByteBuffer.wrap(plain, SHA1_LEN, plain.length - SHA1_LEN).slice();
    }

    private static Mac newMac(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(password.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SecretKeySpec aesKey(String password) {
        try {
            byte[] k = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(k, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
