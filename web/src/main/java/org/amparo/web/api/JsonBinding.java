package org.amparo.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.amparo.shared.domain.FieldError;
import org.amparo.shared.domain.InvalidInputException;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's one JSON-B instance, strict about types, and the words for what it refuses.
 * <p>
 * JSON-B on its own bends a value to the field's type: {@code 1.5} or {@code 18446744073709551617} for an id became id 1
 * (truncated, or wrapped round), {@code "yes"} for a yes-or-no field became <em>no</em>, and a number became a text.
 * Here a whole-number field takes a whole number that fits, a yes-or-no field {@code true} or {@code false}, and a text
 * field a JSON string without control characters (a NUL, which PostgreSQL refuses to store, or an escape sequence);
 * tabs and line breaks are text; a listed kind's field one of its values by name. Anything else is refused, before the service runs, with a 400 naming the field
 * ({@link #invalidInput}). Primitive fields ({@code int version}) keep JSON-B's own reading, which these deserializers
 * are not asked for.
 * <p>
 * Made once: without a resolver RESTEasy creates a new {@code Jsonb} (and throws away what it learnt of the classes it
 * binds) for every body it reads and every answer it writes. A {@code Jsonb} is safe to share between threads.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(
            new WholeLong(), new WholeInteger(), new YesOrNo(), new Text(), new AcceptedValue()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** A JSON body read as {@code type}, or a 400 naming the field that could not be read. */
    static <T> T read(String json, Class<T> type) {
        try {
            return JSONB.fromJson(json, type);
        } catch (JsonbException e) {
            throw invalidInput(e);
        }
    }

    private static final Pattern PROPERTY = Pattern.compile("^Unable to deserialize property '([^']+)' because of: ");
    private static final Pattern TYPE = Pattern.compile("class java\\.(?:lang|time|math)\\.(\\w+)");

    /**
     * What JSON-B could not read, as the field's name and the reason in words. Yasson names each property it was reading
     * in its messages, from the outside in ({@code person.dateOfBirth}); a body that is not JSON at all, or not an
     * object, names no property and is the body's fault.
     */
    static InvalidInputException invalidInput(JsonbException refused) {
        List<String> path = new ArrayList<>();
        Throwable innermost = refused;
        for (Throwable t = refused; t != null; t = t.getCause()) {
            innermost = t;
            if (t instanceof JsonbException && t.getMessage() != null) {
                Matcher property = PROPERTY.matcher(t.getMessage());
                if (property.find()) {
                    path.add(property.group(1));
                }
            }
        }
        if (path.isEmpty()) {
            // a body that is not JSON, or not an object; or a value of a map's, which JSON-B does not name
            return InvalidInputException.of("body", innermost instanceof Refused own ? own.getMessage()
                    : "The request is not valid JSON for this resource");
        }
        return new InvalidInputException(List.of(new FieldError(String.join(".", path), reason(refused, innermost))));
    }

    private static String reason(JsonbException refused, Throwable innermost) {
        if (innermost instanceof Refused own) {
            return own.getMessage();
        }
        if (innermost instanceof java.time.DateTimeException) {
            // which kind of date Yasson was reading is in its message ("Error parsing class java.time.LocalDate ...")
            String type = type(refused);
            return switch (type == null ? "" : type) {
                case "LocalDate" -> "is not a date (YYYY-MM-DD)";
                case "LocalDateTime" -> "is not a date and time (YYYY-MM-DDThh:mm)";
                case "Instant", "OffsetDateTime", "ZonedDateTime" -> "is not a moment in time (YYYY-MM-DDThh:mm:ssZ)";
                default -> "is not a valid date or time";
            };
        }
        if (innermost instanceof NumberFormatException || innermost instanceof ArithmeticException) {
            return "is not a number";
        }
        return "is not of the right kind for this field (a text, a number, true or false, a list or an object)";
    }

    private static String type(Throwable refused) {
        for (Throwable t = refused; t != null; t = t.getCause()) {
            Matcher type = TYPE.matcher(String.valueOf(t.getMessage()));
            if (type.find()) {
                return type.group(1);
            }
        }
        return null;
    }

    /** A value refused by one of the deserializers below; its message is the words the caller reads. */
    static final class Refused extends JsonbException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** A whole number that fits a {@code Long}: not a decimal, not a text, not one that would wrap round. */
    public static final class WholeLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            BigDecimal whole = whole(parser.getValue(), Long.MAX_VALUE);
            return whole == null ? null : whole.longValueExact();
        }
    }

    /** A whole number that fits an {@code Integer}, likewise. */
    public static final class WholeInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            BigDecimal whole = whole(parser.getValue(), Integer.MAX_VALUE);
            return whole == null ? null : whole.intValueExact();
        }
    }

    /** The value as a whole number no further from zero than {@code largest}; null for JSON's null. */
    private static BigDecimal whole(JsonValue value, long largest) {
        if (value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw new Refused("must be a whole number");
        }
        BigDecimal exact = number.bigDecimalValue();
        if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            throw new Refused("must be a whole number");
        }
        if (exact.abs().compareTo(BigDecimal.valueOf(largest)) > 0) {
            throw new Refused("must be a whole number no larger than " + largest);
        }
        return exact;
    }

    /**
     * One of a listed kind's values by its name, or refused listing them. JSON-B's own reading refused an unknown one
     * without saying which field it was reading; this one is asked for every enum (JSON-B matches it by the superclass).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static final class AcceptedValue implements JsonbDeserializer<Enum> {
        @Override
        public Enum deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            Class type = (Class) rtType;
            if (value instanceof JsonString name) {
                try {
                    return Enum.valueOf(type, name.getString());
                } catch (IllegalArgumentException unknown) {
                    // refused below
                }
            }
            throw new Refused("is not one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    /** {@code true} or {@code false}, nothing else ({@code "yes"} was read as no). */
    public static final class YesOrNo implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw new Refused("must be true or false");
        }
    }

    /** A JSON string without control characters other than tabs and line breaks. */
    public static final class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (!(value instanceof JsonString string)) {
                throw new Refused("must be a text in quotes");
            }
            String text = string.getString();
            if (text.chars().anyMatch(Text::control)) {
                throw new Refused("contains a control character (such as NUL) that cannot be saved");
            }
            return text;
        }

        private static boolean control(int c) {
            return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f;
        }
    }
}
