package org.amparo.casefile.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Uploaded documents' bytes, in a directory outside the web root ({@code amparo.documents.dir}, by default
 * {@code <server data dir>/amparo-documents}), each under a random key that reveals neither the case nor the person.
 * Files are only ever served through the application, after its role checks. The bytes are encrypted under the key
 * ring's current key ({@link org.amparo.protection.infrastructure.FieldCipher#encryptBytes}) and the files are
 * readable by the server's own user only (0600): a copy of the folder without the keys shows nothing.
 */
@ApplicationScoped
public class DocumentStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}");

    Path root() {
        String configured = System.getProperty("amparo.documents.dir");
        Path dir = configured != null ? Paths.get(configured)
                : Paths.get(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "amparo-documents");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the document store", e);
        }
    }

    /** Writes the bytes under a new key and returns it. */
    public String put(byte[] content) {
        String key = UUID.randomUUID().toString();
        try {
            Path tmp = Files.createTempFile(root(), "upload", ".part");
            Files.write(tmp, org.amparo.protection.infrastructure.FieldCipher.encryptBytes(content));
            Files.move(tmp, root().resolve(key), StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the document", e);
        }
    }

    public InputStream open(String key) {
        try {
            // Documents stored before encryption read as they are.
            return new java.io.ByteArrayInputStream(
                    org.amparo.protection.infrastructure.FieldCipher.decryptBytes(Files.readAllBytes(file(key))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the document", e);
        }
    }

    /** Removes the bytes, e.g. when the transaction that stored them rolled back. Missing files are fine. */
    public void delete(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the document", e);
        }
    }

    private Path file(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a document key");
        }
        return root().resolve(key);
    }
}
