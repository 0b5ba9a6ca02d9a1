package org.amparo.casefile.infrastructure;

import java.util.Optional;

/**
 * Tells a document's type from its first bytes, never from its name or the browser's claim: only PDF and the
 * image formats scanners produce are accepted.
 */
public final class DocumentTypes {

    private DocumentTypes() {
    }

    public static Optional<String> detect(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of("application/pdf");
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 0x49, 0x49, 0x2A, 0x00) || starts(b, 0x4D, 0x4D, 0x00, 0x2A)) {
            return Optional.of("image/tiff");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b == null || b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
