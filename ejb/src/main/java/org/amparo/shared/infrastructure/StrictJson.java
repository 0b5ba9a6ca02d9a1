package org.amparo.shared.infrastructure;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * The API's strict reading of JSON values, field by field (the API's JSON-B instance registers them for every field of
 * their type). JSON-B on its own bends a value to the field's type: {@code 1.5} or {@code 18446744073709551617} for an
 * id became id 1 (truncated, or wrapped round), {@code "yes"} for a yes-or-no field became <em>no</em>, a number became
 * a text. Here each is refused with words the caller reads ({@link Refused}: the key of words the API's bundle gives in the caller's language), which the API answers as a 400 naming the
 * field. JSON-B asks registered deserializers for boxed types only: a {@code boolean} or {@code int} component of a
 * form a request body is read into names its own ({@code @JsonbTypeDeserializer(StrictJson.YesOrNo.class)}), which a
 * test of the web module requires of every such component.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** A value refused by one of the deserializers below; its message is the words the caller reads. */
    public static final class Refused extends JsonbException {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final transient Object[] args;

        /** A refusal worded by the API in the caller's language: the key of its words ({@code api.json.*}) and their values. */
        Refused(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args.clone();
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args == null ? new Object[0] : args.clone();
        }
    }

    /** A whole number that fits a {@code Long}: not a decimal, not a text, not one that would wrap round. */
    public static final class WholeLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            BigDecimal whole = whole(parser.getValue(), Long.MIN_VALUE, Long.MAX_VALUE);
            return whole == null ? (rtType == long.class ? Long.valueOf(0) : null) : Long.valueOf(whole.longValueExact());
        }
    }

    /** A whole number that fits an {@code Integer}, likewise; on an {@code int} field JSON's null is 0, as left out. */
    public static final class WholeInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            BigDecimal whole = whole(parser.getValue(), Integer.MIN_VALUE, Integer.MAX_VALUE);
            return whole == null ? (rtType == int.class ? Integer.valueOf(0) : null) : Integer.valueOf(whole.intValueExact());
        }
    }

    /** The value as a whole number from {@code least} to {@code largest}; null for JSON's null. */
    public static BigDecimal whole(JsonValue value, long least, long largest) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw new Refused("api.json.wholeNumber");
        }
        BigDecimal exact = number.bigDecimalValue();
        if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            throw new Refused("api.json.wholeNumber");
        }
        if (exact.compareTo(BigDecimal.valueOf(largest)) > 0 || exact.compareTo(BigDecimal.valueOf(least)) < 0) {
            throw new Refused("api.json.wholeNumberRange", least, largest);
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
            throw new Refused("api.json.notOneOf", names(type));
        }
    }

    /** A listed kind's names, as a refusal lists them. */
    public static String names(Class<? extends Enum<?>> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(java.util.stream.Collectors.joining(", "));
    }

    /** {@code true} or {@code false}, nothing else ({@code "yes"} was read as no); on a {@code boolean} field null is no. */
    public static final class YesOrNo implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return rtType == boolean.class ? Boolean.FALSE : null;
            }
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw new Refused("api.json.trueOrFalse");
        }
    }

    /**
     * A JSON string without control characters other than tabs, line breaks and page breaks (which a text taken from a
     * PDF or a word processor may hold): not a NUL, which PostgreSQL cannot store, nor the escape character.
     */
    public static final class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (!(value instanceof JsonString string)) {
                throw new Refused("api.json.text");
            }
            String text = string.getString();
            if (!savable(text)) {
                throw new Refused("api.json.controlCharacter");
            }
            return text;
        }

        /**
         * Whether a text holds no control character but tabs, line breaks and page breaks: the rule for every text a
         * person gives, through the API or a page.
         */
        public static boolean savable(String text) {
            return text == null || text.chars().noneMatch(Text::control);
        }

        private static boolean control(int c) {
            return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0b && c != 0x0c || c == 0x7f;
        }
    }
}
