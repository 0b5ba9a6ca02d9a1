package org.amparo.people.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person's arrests, each with its charges and court dates. {@link #save} is how a change to a criminal history takes
 * effect: the person's open cases hear of it.
 */
public interface Arrests {

    Optional<Arrest> find(long arrestId);

    /** The arrest, if it exists and is the person's. */
    Optional<Arrest> ofPerson(long personId, long arrestId);

    /** The charge, if it exists and is the person's. */
    Optional<Charge> chargeOfPerson(long personId, long chargeId);

    /** Stores a new arrest or the changes to one, and publishes what changed for the person. */
    void save(Arrest arrest);

    /**
     * The same, written at once: a charge or court date added to an arrest already stored gets its id only when it
     * is written, and the caller answers with that id.
     */
    void saveNow(Arrest arrest);

    /** Stores one person's new or changed arrests together, and publishes what changed once for the person. */
    void saveAll(java.util.Collection<Arrest> arrestsOfOnePerson);

    /** Removes an arrest left without charges or court dates. */
    void remove(Arrest arrest);

    /** Every charge of the person with its arrest, oldest arrest first: what the screening reads. */
    List<Charge> chargesOf(Person person);

    /** Whether the person has an arrest or a disposition dated before this day. */
    boolean anyBefore(Person person, LocalDate day);
}
