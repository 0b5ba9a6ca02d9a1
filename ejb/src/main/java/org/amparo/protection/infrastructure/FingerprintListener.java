package org.amparo.protection.infrastructure;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.amparo.shared.domain.Fingerprinted;

/** Recomputes an aggregate's blind indexes before it is written, under the key ring's index key. */
public class FingerprintListener {

    @PrePersist
    @PreUpdate
    void refresh(Object entity) {
        if (entity instanceof Fingerprinted) {
            ((Fingerprinted) entity).refreshFingerprints(BlindIndex.INSTANCE);
        }
    }
}
