package org.amparo.protection.infrastructure;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Authenticated encryption of one field's text with AES-256-GCM: a random 96-bit nonce per value, a 128-bit tag, and
 * the key's id stored with the value ({@code enc1:<key id>:<Base64 of nonce and ciphertext>}), so a rotation can add
 * a key while older values still decrypt. A value written before encryption was introduced (no prefix) reads as it
 * is, until the re-encryption job rewrites it.
 */
public final class FieldCipher {

    static final String PREFIX = "enc1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * One AES-GCM cipher per thread, initialised anew for each value (a new nonce, or the stored one): looking the
     * algorithm up through the providers for every field was most of a field's decryption in an export's profile. A
     * thread-local holds only the JDK's own object, so no deployment's class loader stays behind it.
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    });

    private FieldCipher() {
    }

    public static String encrypt(String plain) {
        return encrypt(plain, KeyRing.current());
    }

    public static String decrypt(String stored) {
        return decrypt(stored, KeyRing.current());
    }

    static String encrypt(String plain, KeyRing ring) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, ring.currentKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ring.currentId().getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + ring.currentId() + ":" + Base64.getEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a field", e);
        }
    }

    static String decrypt(String stored, KeyRing ring) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new IllegalStateException("An encrypted field is damaged");
        }
        String keyId = stored.substring(PREFIX.length(), colon);
        byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, ring.dataKey(keyId), new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An encrypted field does not decrypt: damaged, or under another key", e);
        }
    }

    /** True when the stored value is in clear or under a key other than the current one: the re-encryption job's test. */
    public static boolean needsReencryption(String stored) {
        return stored != null && !stored.startsWith(PREFIX + KeyRing.current().currentId() + ":");
    }

    /** The marker that starts an encrypted file: a document stored before encryption lacks it and reads as it is. */
    private static final byte[] FILE_MAGIC = "AMPARO-ENC1\n".getBytes(StandardCharsets.US_ASCII);

    /** A whole file's bytes (a document, at most a few megabytes), sealed like a field, the key's id in its header. */
    public static byte[] encryptBytes(byte[] plain) {
        KeyRing ring = KeyRing.current();
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            byte[] id = ring.currentId().getBytes(StandardCharsets.UTF_8);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, ring.currentKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(id);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(FILE_MAGIC.length + 1 + id.length + nonce.length + sealed.length)
                    .put(FILE_MAGIC).put((byte) id.length).put(id).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a file", e);
        }
    }

    public static byte[] decryptBytes(byte[] stored) {
        if (stored.length < FILE_MAGIC.length || !java.util.Arrays.equals(stored, 0, FILE_MAGIC.length, FILE_MAGIC, 0, FILE_MAGIC.length)) {
            return stored;
        }
        ByteBuffer in = ByteBuffer.wrap(stored, FILE_MAGIC.length, stored.length - FILE_MAGIC.length);
        byte[] id = new byte[in.get()];
        in.get(id);
        byte[] nonce = new byte[NONCE_BYTES];
        in.get(nonce);
        String keyId = new String(id, StandardCharsets.UTF_8);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, KeyRing.current().dataKey(keyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(id);
            return cipher.doFinal(stored, in.position(), in.remaining());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An encrypted file does not decrypt: damaged, or under another key", e);
        }
    }
}
