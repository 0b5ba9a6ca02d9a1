package org.amparo.protection.infrastructure;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentCipherTest {

    @Test
    void aDocumentIsStoredSealedAndComesBackByteForByte() {
        byte[] scan = "%PDF-1.4 detainer of Rosa Marcador".getBytes(StandardCharsets.US_ASCII);

        byte[] stored = FieldCipher.encryptBytes(scan);

        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Marcador");
        assertThat(FieldCipher.decryptBytes(stored)).isEqualTo(scan);
    }

    @Test
    void aDocumentStoredBeforeEncryptionReadsAsItIs() {
        byte[] old = "%PDF-1.4 old".getBytes(StandardCharsets.US_ASCII);

        assertThat(FieldCipher.decryptBytes(old)).isEqualTo(old);
    }
}
