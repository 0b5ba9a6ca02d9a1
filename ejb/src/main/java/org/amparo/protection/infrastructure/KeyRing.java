package org.amparo.protection.infrastructure;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The keys that protect personal data at rest, kept <b>outside the database</b> so that a stolen dump or backup of the
 * database alone reveals nothing they protect.
 * <ul>
 *   <li>{@code current}: the id of the data key that encrypts new values;</li>
 *   <li>{@code key.<id>}: 32-byte AES keys, Base64; every key ever current stays listed so older values still decrypt;</li>
 *   <li>{@code index}: the 32-byte HMAC key of the blind indexes (exact search on A-numbers, booking numbers, dates of
 *       birth). It does not rotate with the data keys: changing it means re-indexing (see the README).</li>
 * </ul>
 * Where they come from, first match wins: the environment variable {@code AMPARO_KEYS} (the same lines, separated by
 * {@code ;}); the file named by the system property {@code amparo.keys.file}; else
 * {@code <server data dir>/amparo-keys/keys.properties}, which is created at the first start (owner-only, mode 0600,
 * in a 0700 folder) so that a demo or test installation works without set-up. Production keeps that file, or the
 * variable, with the backups of the keys: never beside the database backup.
 */
public final class KeyRing {

    static final String ENV = "AMPARO_KEYS";
    static final String FILE_PROPERTY = "amparo.keys.file";

    private static volatile KeyRing installed;

    private final String currentId;
    private final Map<String, SecretKey> dataKeys;
    private final SecretKey indexKey;

    KeyRing(String currentId, Map<String, SecretKey> dataKeys, SecretKey indexKey) {
        if (!dataKeys.containsKey(currentId)) {
            throw new IllegalStateException("The key ring names a current key it does not hold: " + currentId);
        }
        this.currentId = currentId;
        this.dataKeys = Collections.unmodifiableMap(new LinkedHashMap<>(dataKeys));
        this.indexKey = indexKey;
    }

    /** The ring in use: loaded once per server from the environment, the configured file or the default file. */
    public static KeyRing current() {
        KeyRing ring = installed;
        if (ring == null) {
            synchronized (KeyRing.class) {
                ring = installed;
                if (ring == null) {
                    ring = load();
                    installed = ring;
                }
            }
        }
        return ring;
    }

    /** Replaces the ring in use (tests; a rotation picked up without a restart). */
    public static void install(KeyRing ring) {
        installed = ring;
    }

    /** Forgets the ring in use so the next use loads it again (after the key file was rotated). */
    public static void reload() {
        installed = null;
    }

    public String currentId() {
        return currentId;
    }

    SecretKey currentKey() {
        return dataKeys.get(currentId);
    }

    SecretKey dataKey(String id) {
        SecretKey key = dataKeys.get(id);
        if (key == null) {
            throw new IllegalStateException("A value is encrypted under key '" + id + "', which the key ring no longer holds");
        }
        return key;
    }

    SecretKey indexKey() {
        return indexKey;
    }

    /** Parses the key lines (the file's properties or the variable's {@code ;}-separated pairs). */
    public static KeyRing parse(String text) {
        Properties p = new Properties();
        try (Reader r = new StringReader(text.replace(';', '\n'))) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String current = required(p, "current");
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith("key.")) {
                keys.put(name.substring(4), aes(p.getProperty(name)));
            }
        }
        byte[] index = Base64.getDecoder().decode(required(p, "index").trim());
        return new KeyRing(current, keys, new SecretKeySpec(index, "HmacSHA256"));
    }

    /** A new ring with a fresh data key and index key: the text of a new key file. */
    public static String generate(String keyId) {
        return "# Amparo's data keys. Keep this file secret and back it up apart from the database.\n"
                + "current=" + keyId + "\n"
                + "key." + keyId + "=" + randomKey() + "\n"
                + "index=" + randomKey() + "\n";
    }

    /** The text of the ring with one more data key, made current: the first step of a rotation. */
    public static String rotated(String existingText, String newKeyId) {
        KeyRing ring = parse(existingText);
        if (ring.dataKeys.containsKey(newKeyId)) {
            throw new IllegalArgumentException("The key ring already holds a key " + newKeyId);
        }
        return existingText.replaceAll("(?m)^current=.*$", "current=" + newKeyId)
                + (existingText.endsWith("\n") ? "" : "\n") + "key." + newKeyId + "=" + randomKey() + "\n";
    }

    static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static SecretKey aes(String base64) {
        byte[] key = Base64.getDecoder().decode(base64.trim());
        if (key.length != 32) {
            throw new IllegalStateException("A data key must be 32 bytes (AES-256)");
        }
        return new SecretKeySpec(key, "AES");
    }

    private static String required(Properties p, String name) {
        String value = p.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The key ring has no '" + name + "'");
        }
        return value.trim();
    }

    private static KeyRing load() {
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return parse(env);
        }
        return parse(readOrCreate(keyFile()));
    }

    /** Where the key file is: configured, else in the server's data folder. */
    public static Path keyFile() {
        String configured = System.getProperty(FILE_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        String dataDir = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Paths.get(dataDir, "amparo-keys", "keys.properties");
    }

    private static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                Path dir = file.toAbsolutePath().getParent();
                if (!Files.exists(dir)) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                }
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, generate("k1"), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
                } catch (FileAlreadyExistsException raced) {
                    // another thread or node created it first: read theirs
                }
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + file, e);
        }
    }
}
