package org.amparo.history.application;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.amparo.cases.domain.CaseDocument;
import org.amparo.cases.domain.CaseNote;
import org.amparo.cases.domain.Detainer;
import org.amparo.cases.domain.DetentionCase;
import org.amparo.people.domain.Arrest;
import org.amparo.people.domain.Charge;
import org.amparo.people.domain.CourtDate;
import org.amparo.people.domain.FamilyMember;
import org.amparo.people.domain.Person;
import org.amparo.people.domain.PersonAlias;
import org.amparo.reference.domain.IceDocumentForm;
import org.amparo.shared.domain.Labels;

/**
 * A history value (as {@link org.amparo.shared.domain.FieldChange} keeps it for programs: enum names, ISO times,
 * yes/no, form codes, plain decimals) worded for a person: the label of a code in the reader's language, an instant in
 * the given zone with the zone's name, a facility-clock time without seconds, days as the reader's language writes them, an ICE form as DHS names it, an amount
 * with the reader's separators. The record's field says
 * what the value is.
 */
public final class HistoryWords {

    private static final Map<String, Class<?>> RECORDS = Arrays.stream(new Class<?>[]{DetentionCase.class, Person.class,
                    PersonAlias.class, FamilyMember.class, Arrest.class, Charge.class, CourtDate.class, Detainer.class,
                    CaseNote.class, CaseDocument.class, org.amparo.stories.domain.Story.class,
                    org.amparo.monitoring.domain.Authority.class, org.amparo.monitoring.domain.JailMoney.class})
            .collect(Collectors.toMap(Class::getSimpleName, c -> c));

    private HistoryWords() {
    }

    /** One value of a change to {@code record}'s {@code field}, worded in {@code locale}, instants in {@code zone}. */
    public static String value(String record, String field, String value, Locale locale, ZoneId zone) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if ("deleted".equals(field)) {
            return Labels.yesNo(true, locale);
        }
        Field f = field(RECORDS.get(record), field);
        if (f == null) {
            return value;
        }
        Class<?> type = f.getType();
        try {
            if (type.isEnum()) {
                return Labels.ofName(Labels.typeName(type), value, locale);
            }
            if (Collection.class.isAssignableFrom(type) && f.getGenericType() instanceof ParameterizedType g
                    && g.getActualTypeArguments()[0] instanceof Class<?> item && item.isEnum()) {
                return Arrays.stream(value.split("; ")).map(v -> Labels.ofName(Labels.typeName(item), v, locale))
                        .collect(Collectors.joining("; "));
            }
            if (type == Boolean.class || type == boolean.class) {
                return Labels.yesNo("yes".equals(value), locale);
            }
            // days and times as the reader's language writes them, as the pages' date fields ask for them
            if (type == Instant.class) {
                return Labels.minutesWithZone(locale).format(Instant.parse(value).atZone(zone));
            }
            if (type == LocalDateTime.class) {
                return Labels.minutes(locale).format(LocalDateTime.parse(value));
            }
            if (type == java.time.LocalDate.class) {
                return Labels.day(locale).format(java.time.LocalDate.parse(value));
            }
            if (type == IceDocumentForm.class) {
                return Labels.iceForm(value);
            }
            if (type == java.math.BigDecimal.class) { // an amount as the reader writes one: 5,200,000.00 or 5.200.000,00
                java.math.BigDecimal amount = new java.math.BigDecimal(value);
                java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
                format.setMinimumFractionDigits(Math.max(amount.scale(), 0));
                format.setMaximumFractionDigits(Math.max(amount.scale(), 0));
                return format.format(amount);
            }
        } catch (DateTimeParseException | NumberFormatException notWhatItSays) {
            return value;
        }
        return value;
    }

    /** The kind of record a change is to ("Person", "Detainer"), in the reader's language. */
    public static String record(String record, Locale locale) {
        return Labels.text("record." + record, record, locale);
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }
}
