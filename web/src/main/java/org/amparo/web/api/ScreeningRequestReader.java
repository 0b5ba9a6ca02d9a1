package org.amparo.web.api;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import org.amparo.people.domain.Education;
import org.amparo.people.domain.ImmigrationStatus;
import org.amparo.people.domain.OffenseCategory;
import org.amparo.people.domain.OffenseLevel;
import org.amparo.reference.domain.DetainerPolicy;
import org.amparo.reference.domain.JurisdictionLevel;
import org.amparo.rules.EntryManner;
import org.amparo.rules.GangInvolvement;
import org.amparo.rules.ConvictionFact;
import org.amparo.rules.PendingChargeFact;
import org.amparo.rules.PersonFacts;
import org.amparo.rules.RemovalOrderFact;
import org.amparo.rules.ScreeningFacts;
import org.amparo.rules.detainer.AdministrativeWarrant;
import org.amparo.rules.detainer.DetainerFacts;
import org.amparo.rules.detainer.DocumentForm;
import org.amparo.rules.detainer.Interference;
import org.amparo.rules.detainer.PolicyLayer;
import org.amparo.shared.domain.FieldError;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.shared.domain.PlausibleDates;

/**
 * Reads a screening request (SCREENING.md) field by field, so every problem is reported against the path of the field
 * that holds it ({@code convictions[2].level}) rather than as a parser failure. Absent and null fields are unknown
 * facts; unknown fields are ignored, so clients may send more than the contract names.
 */
final class ScreeningRequestReader {

    private final Map<String, DocumentForm> forms;
    private final LocalDate today;
    private final List<FieldError> errors = new ArrayList<>();

    ScreeningRequestReader(Map<String, DocumentForm> forms, LocalDate today) {
        this.forms = forms;
        this.today = today;
    }

    /**
     * @throws InvalidInputException with every field that could not be read
     */
    ScreeningFacts read(String body) {
        JsonObject root = parse(body);
        LocalDate asOf = date(root, "asOf", "asOf");
        PersonFacts person = person(object(root, "person", "person"));
        List<ConvictionFact> convictions = list(root, "convictions", this::conviction);
        List<PendingChargeFact> pending = list(root, "pendingCharges", this::pendingCharge);
        List<RemovalOrderFact> orders = list(root, "removalOrders", this::removalOrder);
        DetainerFacts detainer = detainer(object(root, "detainer", "detainer"));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ScreeningFacts(asOf == null ? today : asOf, person, convictions, pending, orders, detainer);
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            throw ApiWords.invalid("body", "api.factsRequired");
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw (at == null ? ApiWords.invalid("body", "api.notJson")
                    : ApiWords.invalid("body", "api.notJsonAt", at.getLineNumber(), at.getColumnNumber()));
        } catch (jakarta.json.JsonException e) {
            throw ApiWords.invalid("body", "api.notJson");
        } catch (RuntimeException e) {
            // Parsson refuses a body nested deeper than its limit (1000 levels) with a plain RuntimeException
            throw ApiWords.invalid("body", "api.tooDeep");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ApiWords.invalid("body", "api.notObject");
        }
        return value.asJsonObject();
    }

    private PersonFacts person(Field p) {
        if (p == null) {
            return null;
        }
        List<LocalDate> entries = new ArrayList<>();
        List<LocalDate> unlawful = new ArrayList<>();
        Field entryList = new Field(p.path + ".entries", p.object.get("entries"));
        for (Field entry : elements(entryList)) {
            Field e = asObject(entry);
            if (e != null) {
                LocalDate day = date(e.object, "date", e.path + ".date");
                EntryManner manner = enumeration(e.object, "manner", e.path + ".manner", EntryManner.class);
                if (day != null) {
                    entries.add(day);
                    if (manner == EntryManner.WITHOUT_INSPECTION) {
                        unlawful.add(day);
                    }
                }
            }
        }
        return new PersonFacts(date(p.object, "dateOfBirth", p.path + ".dateOfBirth"),
                enumeration(p.object, "immigrationStatus", p.path + ".immigrationStatus", ImmigrationStatus.class),
                entries, date(p.object, "continuousResidenceSince", p.path + ".continuousResidenceSince"),
                enumeration(p.object, "education", p.path + ".education", Education.class),
                bool(p.object, "gangMember", p.path + ".gangMember"),
                bool(p.object, "nationalSecurityConcern", p.path + ".nationalSecurityConcern"),
                enumeration(p.object, "gang", p.path + ".gang", GangInvolvement.class),
                bool(p.object, "apprehendedAtBorder", p.path + ".apprehendedAtBorder"),
                bool(p.object, "visaAbuse", p.path + ".visaAbuse"),
                bool(p.object, "inRemovalProceedings", p.path + ".inRemovalProceedings"), unlawful);
    }

    private ConvictionFact conviction(Field c) {
        Integer days = days(c.object, "sentenceDays", c.path + ".sentenceDays");
        return new ConvictionFact(date(c.object, "date", c.path + ".date"),
                enumeration(c.object, "level", c.path + ".level", OffenseLevel.class),
                enumeration(c.object, "category", c.path + ".category", OffenseCategory.class),
                bool(c.object, "aggravatedFelony", c.path + ".aggravatedFelony"),
                days, bool(c.object, "suspended", c.path + ".suspended"),
                bool(c.object, "juvenile", c.path + ".juvenile"), text(c.object, "incident", c.path + ".incident"),
                bool(c.object, "statusOffense", c.path + ".statusOffense"));
    }

    private PendingChargeFact pendingCharge(Field c) {
        return new PendingChargeFact(date(c.object, "date", c.path + ".date"),
                enumeration(c.object, "level", c.path + ".level", OffenseLevel.class),
                enumeration(c.object, "category", c.path + ".category", OffenseCategory.class));
    }

    private RemovalOrderFact removalOrder(Field o) {
        return new RemovalOrderFact(date(o.object, "date", o.path + ".date"), bool(o.object, "final", o.path + ".final"));
    }

    private DetainerFacts detainer(Field d) {
        if (d == null) {
            return null;
        }
        DocumentForm form = form(d.object, d.path + ".form");
        Set<Interference> interference = EnumSet.noneOf(Interference.class);
        for (Field item : elements(new Field(d.path + ".interference", d.object.get("interference")))) {
            Interference value = enumValue(item, Interference.class);
            if (value != null) {
                interference.add(value);
            }
        }
        LocalDateTime issued = dateTime(d.object, "issuedAt", d.path + ".issuedAt");
        Boolean served = bool(d.object, "servedOnPerson", d.path + ".servedOnPerson");
        LocalDateTime release = dateTime(d.object, "scheduledReleaseAt", d.path + ".scheduledReleaseAt");
        LocalDateTime held = dateTime(d.object, "stillHeldAt", d.path + ".stillHeldAt");
        Boolean honored = bool(d.object, "honoredHold", d.path + ".honoredHold");
        Boolean notified = bool(d.object, "notifiedIce", d.path + ".notifiedIce");
        DetainerPolicy policy = enumeration(d.object, "jurisdictionPolicy", d.path + ".jurisdictionPolicy", DetainerPolicy.class);
        AdministrativeWarrant warrant = enumeration(d.object, "accompaniedBy", d.path + ".accompaniedBy", AdministrativeWarrant.class);
        Boolean interviewed = bool(d.object, "iceInterviewed", d.path + ".iceInterviewed");
        List<PolicyLayer> layers = new ArrayList<>();
        for (Field item : elements(new Field(d.path + ".jurisdictionPolicies", d.object.get("jurisdictionPolicies")))) {
            Field layer = asObject(item);
            if (layer != null) {
                JurisdictionLevel level = enumeration(layer.object, "level", layer.path + ".level", JurisdictionLevel.class);
                int before = errors.size();
                DetainerPolicy value = enumeration(layer.object, "policy", layer.path + ".policy", DetainerPolicy.class);
                LocalDate since = date(layer.object, "since", layer.path + ".since");
                if (value == null && errors.size() == before) {
                    refuse(layer.path + ".policy", "api.screening.policyRequired");
                } else if (value != null) {
                    layers.add(new PolicyLayer(level, value, since));
                }
            }
        }
        if (form == null) {
            return null;
        }
        return new DetainerFacts(form, issued, served, release, held, honored, notified, policy, interference,
                warrant, interviewed, layers);
    }

    private DocumentForm form(JsonObject o, String path) {
        JsonValue v = o.get("form");
        if (v == null || v == JsonValue.NULL) {
            refuse(path, "api.screening.formRequired", String.join(", ", forms.keySet()));
            return null;
        }
        if (!(v instanceof JsonString s)) {
            refuse(path, "api.screening.oneOf", String.join(", ", forms.keySet()));
            return null;
        }
        DocumentForm form = forms.get(s.getString());
        if (form == null) {
            refuse(path, "api.screening.unknownForm", shorten(s.getString()), String.join(", ", forms.keySet()));
        }
        return form;
    }

    // Typed readers: each returns null and records an error when the value has the wrong type.

    /** Records a field that cannot be read, in the caller's language ({@link ApiWords}). */
    private void refuse(String path, String key, Object... args) {
        errors.add(new FieldError(path, ApiWords.text(key, args)));
    }

    /** A named JSON value with the path a client sees. */
    private record Field(String path, JsonValue value, JsonObject object) {
        Field(String path, JsonValue value) {
            this(path, value, value instanceof JsonObject o ? o : null);
        }
    }

    private Field object(JsonObject parent, String name, String path) {
        JsonValue v = parent.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        return asObject(new Field(path, v));
    }

    private Field asObject(Field f) {
        if (f.object == null) {
            refuse(f.path, "api.screening.object");
            return null;
        }
        return f;
    }

    private List<Field> elements(Field list) {
        if (list.value == null || list.value == JsonValue.NULL) {
            return List.of();
        }
        if (!(list.value instanceof JsonArray array)) {
            refuse(list.path, "api.screening.array");
            return List.of();
        }
        List<Field> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            items.add(new Field(list.path + "[" + i + "]", array.get(i)));
        }
        return items;
    }

    private <T> List<T> list(JsonObject root, String name, Function<Field, T> reader) {
        List<T> items = new ArrayList<>();
        for (Field item : elements(new Field(name, root.get(name)))) {
            Field object = asObject(item);
            if (object != null) {
                int before = errors.size();
                T value = reader.apply(object);
                if (errors.size() == before) {
                    items.add(value);
                }
            }
        }
        return items;
    }

    private LocalDate date(JsonObject o, String name, String path) {
        String text = string(o, name, path, "api.screening.date");
        if (text == null) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            refuse(path, "api.screening.notRealDate", shorten(text));
            return null;
        }
        return plausible(day, path);
    }

    /** A date Java reads but no rule should (+999999999-12-31): refused as the case file refuses it. */
    private <T extends java.time.temporal.TemporalAccessor> T plausible(T value, String path) {
        if (PlausibleDates.allows(value)) {
            return value;
        }
        refuse(path, "api.screening.dateYears", PlausibleDates.FIRST_YEAR, PlausibleDates.LAST_YEAR);
        return null;
    }

    private LocalDateTime dateTime(JsonObject o, String name, String path) {
        String text = string(o, name, path, "api.screening.dateTime");
        if (text == null) {
            return null;
        }
        LocalDateTime at;
        try {
            at = LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            refuse(path, "api.screening.notRealDateTime", shorten(text));
            return null;
        }
        return plausible(at, path);
    }

    private String text(JsonObject o, String name, String path) {
        JsonValue v = o.get(name);
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        return string(o, name, path, "api.screening.text");
    }

    private String string(JsonObject o, String name, String path, String expectedKey) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        refuse(path, expectedKey);
        return null;
    }

    private Boolean bool(JsonObject o, String name, String path) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        refuse(path, "api.screening.trueOrFalse");
        return null;
    }

    private Integer days(JsonObject o, String name, String path) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonNumber n)) {
            refuse(path, "api.screening.days");
            return null;
        }
        BigDecimal value = n.bigDecimalValue();
        if (value.signum() < 0) {
            refuse(path, "api.screening.negative");
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(36_500 * 10)) > 0) {
            refuse(path, "api.screening.daysAtMost", 365_000);
            return null;
        }
        return value.intValueExact();
    }

    private <E extends Enum<E>> E enumeration(JsonObject o, String name, String path, Class<E> type) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        return enumValue(new Field(path, v), type);
    }

    private <E extends Enum<E>> E enumValue(Field f, Class<E> type) {
        String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        if (!(f.value instanceof JsonString s)) {
            refuse(f.path, "api.screening.oneOf", allowed);
            return null;
        }
        try {
            return Enum.valueOf(type, s.getString());
        } catch (IllegalArgumentException e) {
            refuse(f.path, "api.screening.unknownValue", shorten(s.getString()), allowed);
            return null;
        }
    }

    /** Echo at most a little of what the client sent: enough to recognise it, never a whole document. */
    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
