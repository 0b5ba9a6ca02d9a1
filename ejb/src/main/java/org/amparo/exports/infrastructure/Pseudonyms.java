package org.amparo.exports.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;

/**
 * Stable pseudonyms for de-identified exports: a keyed hash (HMAC-SHA-256) of the record's id under a secret kept in
 * the database, so the same person has the same pseudonym in every export, and nobody without the key can get the id
 * back or check a guess.
 */
@ApplicationScoped
public class Pseudonyms {

    public static final String KEY_NAME = "pseudonym-key";
    private volatile byte[] key;

    @PersistenceContext
    EntityManager em;

    public Pseudonyms() {
    }

    /** Over a persistence context the caller manages (tests, tools without a container). */
    public Pseudonyms(EntityManager em) {
        this.em = em;
    }

    /** "P-7K3QZ2M9XA" for a person, "C-..." for a case. */
    private final ThreadLocal<Mac> macs = new ThreadLocal<>();

    public String of(String kind, long id) {
        try {
            Mac mac = macs.get();
            if (mac == null) { // one keyed MAC per thread: two per row of an export, each looked up and keyed anew before
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key(), "HmacSHA256"));
                macs.set(mac);
            }
            byte[] digest = mac.doFinal((kind + ":" + id).getBytes(StandardCharsets.UTF_8));
            String text = Base64.getUrlEncoder().withoutPadding().encodeToString(digest)
                    .replace("-", "").replace("_", "").toUpperCase(Locale.ROOT);
            return kind.substring(0, 1).toUpperCase(Locale.ROOT) + "-" + text.substring(0, 10);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        if (key == null) {
            String stored = (String) em.createNativeQuery("select secret_value from app_secret where name = ?1")
                    .setParameter(1, KEY_NAME).getSingleResult();
            key = Base64.getDecoder().decode(stored);
        }
        return key;
    }
}
