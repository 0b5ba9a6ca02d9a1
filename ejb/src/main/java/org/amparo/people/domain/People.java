package org.amparo.people.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.amparo.shared.domain.ANumber;

/**
 * The people on file. {@link #save} is how a person's changes take effect: it stores them and tells every open case
 * of the person, whose screening and process follow.
 */
public interface People {

    Optional<Person> find(long personId);

    Person require(long personId);

    /** Stores a new person or the changes to one, and publishes what changed as one {@link PersonChanged}. */
    void save(Person person);

    List<Person> withANumber(ANumber aNumber, int max);

    /** People born that day whose name or an alias contains the folded text. */
    List<Person> bornOnNamed(LocalDate born, String foldedText, int max);

    List<Person> bornOn(LocalDate born, int max);
}
