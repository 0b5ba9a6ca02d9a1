package org.amparo.protection.infrastructure;

import org.amparo.shared.domain.Fingerprints;

import javax.crypto.Mac;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Keyed blind indexes: HMAC-SHA-256 under the ring's index key of a purpose and a normalised value, cut to 128 bits.
 * Equal values give equal indexes, so the database can match an A-number, a booking number or their last four digits
 * exactly; without the key, nobody can test a guess against the stored index (a plain hash of nine digits could be
 * reversed by trying them all).
 */
public final class BlindIndex implements Fingerprints {

    public static final BlindIndex INSTANCE = new BlindIndex();

    private BlindIndex() {
    }

    @Override
    public String of(String purpose, String value) {
        return value == null ? null : compute(KeyRing.current(), purpose, value);
    }

    static String compute(KeyRing ring, String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(ring.indexKey());
            byte[] digest = mac.doFinal((purpose + "\u0000" + value).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot compute a blind index", e);
        }
    }
}
