package org.amparo.protection.infrastructure;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Files too large to seal in one piece (an export of a million rows) are sealed in segments of 64 KB, each with
 * AES-256-GCM under the current data key: the nonce is a random prefix of the stream, the segment's number and a
 * flag on the last segment, so segments cannot be reordered, dropped or cut off without the reader noticing. Memory
 * stays at one segment each way, where one GCM pass over the whole file would hold all of it to check the tag.
 */
public final class SealedStreams {

    private static final byte[] MAGIC = "AMPARO-STREAM1\n".getBytes(StandardCharsets.US_ASCII);
    static final int SEGMENT = 64 * 1024;
    private static final int PREFIX = 7;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedStreams() {
    }

    /** Seals what is written to {@code out}; closing the returned stream writes the last segment. */
    public static OutputStream sealing(OutputStream out) throws IOException {
        KeyRing ring = KeyRing.current();
        byte[] id = ring.currentId().getBytes(StandardCharsets.UTF_8);
        byte[] prefix = new byte[PREFIX];
        RANDOM.nextBytes(prefix);
        out.write(MAGIC);
        out.write(id.length);
        out.write(id);
        out.write(prefix);
        return new OutputStream() {
            private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(SEGMENT);
            private int segment;
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                while (len > 0) {
                    int room = SEGMENT - buffer.size();
                    int n = Math.min(room, len);
                    buffer.write(b, off, n);
                    off += n;
                    len -= n;
                    if (buffer.size() == SEGMENT && len > 0) {
                        flushSegment(false);
                    }
                }
            }

            private void flushSegment(boolean last) throws IOException {
                byte[] sealed = seal(ring, id, prefix, segment++, last, buffer.toByteArray());
                out.write(ByteBuffer.allocate(4).putInt(sealed.length).array());
                out.write(sealed);
                buffer.reset();
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    flushSegment(true);
                    out.close();
                }
            }
        };
    }

    /** Opens what {@link #sealing} wrote; a stream that is not sealed (written before encryption) reads as it is. */
    public static InputStream opening(InputStream raw) throws IOException {
        InputStream in = raw.markSupported() ? raw : new java.io.BufferedInputStream(raw);
        in.mark(MAGIC.length);
        byte[] head = in.readNBytes(MAGIC.length);
        if (!Arrays.equals(head, MAGIC)) {
            in.reset();
            return in;
        }
        DataInputStream data = new DataInputStream(in);
        byte[] id = new byte[data.readUnsignedByte()];
        data.readFully(id);
        byte[] prefix = new byte[PREFIX];
        data.readFully(prefix);
        KeyRing ring = KeyRing.current();
        return new InputStream() {
            private byte[] plain = new byte[0];
            private int pos;
            private int segment;
            private boolean last;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                while (pos == plain.length) {
                    if (last) {
                        return -1;
                    }
                    next();
                }
                int n = Math.min(len, plain.length - pos);
                System.arraycopy(plain, pos, b, off, n);
                pos += n;
                return n;
            }

            private void next() throws IOException {
                int length;
                try {
                    length = data.readInt();
                } catch (EOFException cut) {
                    throw new IOException("A sealed file was cut short");
                }
                if (length < 16 || length > SEGMENT + 16) {
                    throw new IOException("A sealed file is damaged");
                }
                byte[] sealed = new byte[length];
                data.readFully(sealed);
                // The last segment says so; a reader that finds the file ending without it refuses it.
                try {
                    plain = open(ring, id, prefix, segment, false, sealed);
                } catch (IOException notMiddle) {
                    plain = open(ring, id, prefix, segment, true, sealed);
                    last = true;
                }
                segment++;
                pos = 0;
            }

            @Override
            public void close() throws IOException {
                data.close();
            }
        };
    }

    private static byte[] nonce(byte[] prefix, int segment, boolean last) {
        return ByteBuffer.allocate(12).put(prefix).putInt(segment).put((byte) (last ? 1 : 0)).array();
    }

    private static byte[] seal(KeyRing ring, byte[] id, byte[] prefix, int segment, boolean last, byte[] plain) throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, ring.dataKey(new String(id, StandardCharsets.UTF_8)),
                    new GCMParameterSpec(TAG_BITS, nonce(prefix, segment, last)));
            cipher.updateAAD(id);
            return cipher.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot seal a file", e);
        }
    }

    private static byte[] open(KeyRing ring, byte[] id, byte[] prefix, int segment, boolean last, byte[] sealed) throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, ring.dataKey(new String(id, StandardCharsets.UTF_8)),
                    new GCMParameterSpec(TAG_BITS, nonce(prefix, segment, last)));
            cipher.updateAAD(id);
            return cipher.doFinal(sealed);
        } catch (GeneralSecurityException e) {
            throw new IOException("A sealed file does not open: damaged, reordered, or under another key", e);
        }
    }
}
