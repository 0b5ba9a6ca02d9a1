package org.amparo.protection.infrastructure;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealedStreamsTest {

    private static byte[] seal(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealing = SealedStreams.sealing(out)) {
            sealing.write(plain);
        }
        return out.toByteArray();
    }

    @Test
    void anExportOfSeveralSegmentsComesBackWholeAndShowsNothingOnDisk() throws IOException {
        byte[] plain = new byte[3 * SealedStreams.SEGMENT + 123];
        new Random(7).nextBytes(plain);
        byte[] marker = "Marcador Garcia A-099-123-456".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(marker, 0, plain, 1000, marker.length);

        byte[] sealed = seal(plain);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Marcador");
        assertThat(SealedStreams.opening(new ByteArrayInputStream(sealed)).readAllBytes()).isEqualTo(plain);
    }

    @Test
    void anEmptyFileAndAFileOfExactlyOneSegmentRoundTrip() throws IOException {
        for (int size : new int[] {0, SealedStreams.SEGMENT}) {
            byte[] plain = new byte[size];
            Arrays.fill(plain, (byte) 'x');
            assertThat(SealedStreams.opening(new ByteArrayInputStream(seal(plain))).readAllBytes()).isEqualTo(plain);
        }
    }

    @Test
    void aFileCutAfterAWholeSegmentIsRefusedNotReadAsComplete() throws IOException {
        byte[] plain = new byte[2 * SealedStreams.SEGMENT + 10];
        byte[] sealed = seal(plain);
        int header = "AMPARO-STREAM1\n".length() + 1 + KeyRing.current().currentId().length() + 7;
        byte[] cut = Arrays.copyOf(sealed, header + 4 + SealedStreams.SEGMENT + 16);

        assertThatThrownBy(() -> SealedStreams.opening(new ByteArrayInputStream(cut)).readAllBytes()).isInstanceOf(IOException.class);
    }

    @Test
    void aFileWrittenBeforeEncryptionReadsAsItIs() throws IOException {
        byte[] old = "PK old workbook".getBytes(StandardCharsets.US_ASCII);
        assertThat(SealedStreams.opening(new ByteArrayInputStream(old)).readAllBytes()).isEqualTo(old);
    }
}
