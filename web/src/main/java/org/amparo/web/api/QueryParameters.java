package org.amparo.web.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.amparo.shared.domain.InvalidInputException;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;

/**
 * Query parameters of a number or a listed kind ({@code ?size=abc}, {@code ?step=SOON}) that cannot be read are the
 * caller's mistake, answered 400 with the parameter's name. JAX-RS's own reading answers them 404, which a client
 * cannot tell from "no such case". An empty value is no value ({@code ?facilityId=}), as for the text parameters, or
 * the default of a parameter that must have one ({@code int size}). Path
 * parameters keep JAX-RS's reading: {@code /cases/abc} is no such case.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        // An empty value of a parameter that cannot be absent (an int) is its default value, or refused without one.
        String whenEmpty = rawType.isPrimitive() ? Arrays.stream(annotations).filter(DefaultValue.class::isInstance)
                .map(a -> ((DefaultValue) a).value()).findFirst().orElse("") : null;
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Reading<>(name, Long::valueOf, "api.notWholeNumber", null, whenEmpty);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Reading<>(name, Integer::valueOf, "api.notWholeNumber", null, whenEmpty);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return (ParamConverter<T>) new Reading<>(name, value -> Enum.valueOf(type, value),
                    "api.notOneOf", org.amparo.shared.infrastructure.StrictJson.names((Class) type), null);
        }
        return null;
    }

    /** Reads one parameter's value, or refuses it naming the parameter; an empty value is {@code whenEmpty}'s. */
    private record Reading<T>(String name, java.util.function.Function<String, T> read, String refusal, String listed,
                              String whenEmpty)
            implements ParamConverter<T> {

        @Override
        public T fromString(String given) {
            String value = given == null || given.isBlank() ? whenEmpty : given;
            if (value == null) {
                return null;
            }
            try {
                return read.apply(value.trim());
            } catch (IllegalArgumentException unreadable) { // NumberFormatException too
                throw ApiWords.invalid(name, refusal, listed);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
        }
    }
}
