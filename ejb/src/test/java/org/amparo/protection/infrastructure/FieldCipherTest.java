package org.amparo.protection.infrastructure;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTest {

    private final String firstText = KeyRing.generate("k1");
    private final KeyRing first = KeyRing.parse(firstText);

    @Test
    void aValueComesBackAndTheStoredFormShowsNothingOfIt() {
        String stored = FieldCipher.encrypt("A-099-123-456 Calle Marcador 12", first);

        assertThat(stored).startsWith("enc1:k1:").doesNotContain("099").doesNotContain("Marcador");
        assertThat(FieldCipher.decrypt(stored, first)).isEqualTo("A-099-123-456 Calle Marcador 12");
    }

    @Test
    void theSameValueIsStoredDifferentlyEachTimeSoEqualValuesCannotBeSpotted() {
        assertThat(FieldCipher.encrypt("099123456", first)).isNotEqualTo(FieldCipher.encrypt("099123456", first));
    }

    @Test
    void aValueFromBeforeEncryptionReadsAsItIsUntilTheJobRewritesIt() {
        assertThat(FieldCipher.decrypt("099123456", first)).isEqualTo("099123456");
        assertThat(FieldCipher.decrypt(null, first)).isNull();
    }

    @Test
    void afterARotationTheNewKeyEncryptsAndTheOldKeyStillDecrypts() {
        String old = FieldCipher.encrypt("privileged note", first);
        KeyRing rotated = KeyRing.parse(KeyRing.rotated(firstText, "k2"));

        String fresh = FieldCipher.encrypt("privileged note", rotated);

        assertThat(fresh).startsWith("enc1:k2:");
        assertThat(FieldCipher.decrypt(old, rotated)).isEqualTo("privileged note");
        assertThat(FieldCipher.decrypt(fresh, rotated)).isEqualTo("privileged note");
    }

    @Test
    void aValueAlteredInTheDatabaseIsRefusedNotReadAsSomethingElse() {
        String stored = FieldCipher.encrypt("099123456", first);
        int colon = stored.lastIndexOf(':');
        byte[] bytes = Base64.getDecoder().decode(stored.substring(colon + 1));
        bytes[bytes.length - 1] ^= 1;
        String altered = stored.substring(0, colon + 1) + Base64.getEncoder().withoutPadding().encodeToString(bytes);

        assertThatThrownBy(() -> FieldCipher.decrypt(altered, first)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aValueUnderAKeyTheRingNoLongerHoldsSaysSo() {
        String underOther = FieldCipher.encrypt("x", KeyRing.parse(KeyRing.generate("k9")));

        assertThatThrownBy(() -> FieldCipher.decrypt(underOther, first)).hasMessageContaining("k9");
    }

    @Test
    void blindIndexesMatchEqualValuesPerPurposeAndDependOnTheKey() {
        KeyRing other = KeyRing.parse(KeyRing.generate("k1"));

        assertThat(BlindIndex.compute(first, "a-number", "099123456")).isEqualTo(BlindIndex.compute(first, "a-number", "099123456"))
                .isNotEqualTo(BlindIndex.compute(first, "booking-number", "099123456"))
                .isNotEqualTo(BlindIndex.compute(other, "a-number", "099123456"))
                .doesNotContain("099123456");
        assertThat(BlindIndex.compute(first, "a-number", "099123456").getBytes(StandardCharsets.US_ASCII)).hasSize(22);
    }

    @Test
    void aKeyRingCanBeGivenAsOneEnvironmentVariable() {
        String variable = firstText.lines().filter(l -> !l.startsWith("#")).reduce((a, b) -> a + ";" + b).orElseThrow();

        KeyRing fromVariable = KeyRing.parse(variable);

        assertThat(FieldCipher.decrypt(FieldCipher.encrypt("x", first), fromVariable)).isEqualTo("x");
    }
}
