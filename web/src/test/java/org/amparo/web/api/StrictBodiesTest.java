package org.amparo.web.api;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JSON-B asks the API's strict deserializers ({@code StrictJson}) for boxed fields only: a {@code boolean} or an {@code
 * int} of a request body kept JSON-B's own reading, where {@code "yes"} for a note's {@code privileged} was no (the note
 * then shown to roles that may not read privileged notes). Every primitive field of every body an API operation reads
 * must name its strict deserializer, so this fails on a new one that does not.
 */
class StrictBodiesTest {

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    @Test
    void everyPrimitiveFieldOfABodyNamesItsStrictReading() throws Exception {
        Set<Class<?>> bodies = new HashSet<>();
        for (Class<?> resource : ApiResources.all()) {
            for (Method method : resource.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (Stream.of(parameter.getAnnotations()).noneMatch(a -> NOT_THE_BODY.contains(a.annotationType()))
                            && Modifier.isPublic(method.getModifiers())) {
                        collect(parameter.getParameterizedType(), bodies);
                    }
                }
            }
        }
        // the task inbox reads each step's form itself, with the same JSON-B (TaskResource.read)
        for (Class<?> form : org.amparo.tasks.application.TaskForms.class.getDeclaredClasses()) {
            collect(form, bodies);
        }
        collect(org.amparo.tasks.application.CampaignTaskCompletion.Form.class, bodies);

        assertThat(bodies).as("bodies found").hasSizeGreaterThan(30);
        List<String> unguarded = new ArrayList<>();
        for (Class<?> body : bodies) {
            for (Field field : body.getDeclaredFields()) {
                if (field.getType().isPrimitive() && !Modifier.isStatic(field.getModifiers())
                        && field.getAnnotation(JsonbTypeDeserializer.class) == null
                        && field.getAnnotation(jakarta.json.bind.annotation.JsonbTransient.class) == null) {
                    unguarded.add(body.getName() + "." + field.getName());
                }
            }
        }
        assertThat(unguarded).as("primitive fields of request bodies without @JsonbTypeDeserializer(StrictJson...)").isEmpty();
    }

    /** The body's own classes: records and classes of Amparo's, and those of their fields, lists and maps included. */
    private static void collect(Type type, Set<Class<?>> bodies) {
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), bodies);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, bodies);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive() || c.isEnum() || !c.getName().startsWith("org.amparo.")
                || !bodies.add(c)) {
            return;
        }
        for (Field field : c.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                collect(field.getGenericType(), bodies);
            }
        }
    }
}
