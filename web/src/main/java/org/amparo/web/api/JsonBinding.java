package org.amparo.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.amparo.shared.domain.FieldError;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.shared.infrastructure.StrictJson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's one JSON-B instance, strict about types ({@link StrictJson}), and the words for what it refuses.
 * <p>
 * A value of the wrong kind (a decimal for an id, {@code "yes"} for true, a number or a NUL in a text, an unknown name
 * for a listed kind) is refused before the service runs, with a 400 naming the field ({@link #invalidInput}): JSON-B
 * names the property it was reading in its refusals, from the outside in.
 * <p>
 * Made once: without a resolver RESTEasy creates a new {@code Jsonb} (and throws away what it learnt of the classes it
 * binds) for every body it reads and every answer it writes. A {@code Jsonb} is safe to share between threads.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withDeserializers(new StrictJson.WholeLong(),
            new StrictJson.WholeInteger(), new StrictJson.YesOrNo(), new StrictJson.Text(), new StrictJson.AcceptedValue()));

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
            return InvalidInputException.of("body", innermost instanceof StrictJson.Refused own ? ApiWords.text(own.key(), own.args())
                    : ApiWords.text("api.notJsonForResource"));
        }
        return new InvalidInputException(List.of(new FieldError(String.join(".", path), reason(refused, innermost))));
    }

    private static String reason(JsonbException refused, Throwable innermost) {
        if (innermost instanceof StrictJson.Refused own) {
            return ApiWords.text(own.key(), own.args());
        }
        if (innermost instanceof java.time.DateTimeException) {
            // which kind of date Yasson was reading is in its message ("Error parsing class java.time.LocalDate ...")
            String type = type(refused);
            return switch (type == null ? "" : type) {
                case "LocalDate" -> ApiWords.text("api.notDate");
                case "LocalDateTime" -> ApiWords.text("api.json.dateTime");
                case "Instant", "OffsetDateTime", "ZonedDateTime" -> ApiWords.text("api.json.moment");
                default -> ApiWords.text("api.json.dateOrTime");
            };
        }
        if (innermost instanceof NumberFormatException || innermost instanceof ArithmeticException) {
            return ApiWords.text("api.json.number");
        }
        return ApiWords.text("api.json.kind");
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

}
