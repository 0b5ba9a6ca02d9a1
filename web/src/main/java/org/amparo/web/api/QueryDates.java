package org.amparo.web.api;

import org.amparo.shared.domain.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day given as a query parameter ({@code from=2026-01-31}): absent is the default, anything else is a 400 naming it. */
final class QueryDates {

    private QueryDates() {
    }

    static LocalDate optional(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiWords.invalid(field, "api.notDate");
        }
    }
}
