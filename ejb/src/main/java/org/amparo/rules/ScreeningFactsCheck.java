package org.amparo.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.chrono.ChronoLocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.amparo.rules.detainer.DetainerFacts;
import org.amparo.shared.domain.FieldError;

/**
 * Impossible facts, named by the field that holds them (in the screening API's paths): nothing happens to a person
 * before birth, and no conviction, order or birth lies in the future.
 */
public final class ScreeningFactsCheck {

    private final LocalDate today;
    private final LocalDate born;
    private final Locale locale;
    private final List<FieldError> errors = new ArrayList<>();

    private ScreeningFactsCheck(ScreeningFacts facts, LocalDate today, Locale locale) {
        this.today = today;
        this.born = facts.person().dateOfBirth();
        this.locale = locale;
    }

    /** The problems with the facts; empty when they are possible. */
    public static List<FieldError> problems(ScreeningFacts facts, LocalDate today, Locale locale) {
        ScreeningFactsCheck check = new ScreeningFactsCheck(facts, today, locale);
        check.run(facts);
        return List.copyOf(check.errors);
    }

    private void run(ScreeningFacts facts) {
        PersonFacts p = facts.person();
        if (born != null && born.isAfter(today)) {
            error("person.dateOfBirth", "invalid.future");
        }
        afterBirth("asOf", facts.asOf());
        for (int i = 0; i < p.entries().size(); i++) {
            past("person.entries[" + i + "].date", p.entries().get(i));
        }
        past("person.continuousResidenceSince", p.continuousResidenceSince());
        for (int i = 0; i < facts.convictions().size(); i++) {
            past("convictions[" + i + "].date", facts.convictions().get(i).date());
        }
        for (int i = 0; i < facts.pendingCharges().size(); i++) {
            past("pendingCharges[" + i + "].date", facts.pendingCharges().get(i).date());
        }
        for (int i = 0; i < facts.removalOrders().size(); i++) {
            past("removalOrders[" + i + "].date", facts.removalOrders().get(i).date());
        }
        DetainerFacts d = facts.detainer();
        if (d != null) {
            past("detainer.issuedAt", day(d.issuedAt()));
            afterBirth("detainer.scheduledReleaseAt", day(d.scheduledReleaseAt()));
            afterBirth("detainer.stillHeldAt", day(d.stillHeldAt()));
        }
    }

    private static LocalDate day(LocalDateTime at) {
        return at == null ? null : at.toLocalDate();
    }

    /** A fact that must have happened already, and after birth. */
    private void past(String field, ChronoLocalDate date) {
        if (date == null) {
            return;
        }
        if (date.isAfter(today)) {
            error(field, "invalid.future");
        } else {
            afterBirth(field, date);
        }
    }

    private void afterBirth(String field, ChronoLocalDate date) {
        if (date != null && born != null && date.isBefore(born)) {
            error(field, "invalid.beforeBirth");
        }
    }

    private void error(String field, String key) {
        errors.add(new FieldError(field, Reason.of(key).text(locale)));
    }
}
