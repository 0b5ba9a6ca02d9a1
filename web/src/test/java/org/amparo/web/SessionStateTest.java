package org.amparo.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web module is distributable: with two servers, a person's session (their view-scoped and session-scoped beans
 * with everything they hold) is copied to the other server, so that the page they are on keeps working when theirs
 * dies. Copying needs every piece of it to be serializable. This walks every view- and session-scoped bean's fields,
 * and the fields of what they hold, and names each one that could not be copied. Injected services are proxies the
 * container copies; static and transient fields are not copied.
 */
class SessionStateTest {

    @Test
    void everythingASessionHoldsCanBeCopiedToAnotherServer() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        List<Class<?>> beans = scopedBeans();
        assertThat(beans).as("the view- and session-scoped beans").hasSizeGreaterThan(20);
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            fields(bean, bean.getSimpleName(), problems, seen);
        }
        assertThat(problems).as("what a session holds that cannot be copied to another server").isEmpty();
    }

    private static void fields(Class<?> type, String path, List<String> problems, Set<Type> seen) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic() || injected(f)) {
                    continue;
                }
                check(f.getGenericType(), path + "." + f.getName(), problems, seen);
            }
        }
    }

    private static boolean injected(Field f) {
        return f.isAnnotationPresent(jakarta.inject.Inject.class) || f.isAnnotationPresent(jakarta.ejb.EJB.class);
    }

    private static void check(Type type, String path, List<String> problems, Set<Type> seen) {
        if (type instanceof ParameterizedType p) {
            check(p.getRawType(), path, problems, seen);
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, path + "<>", problems, seen);
            }
            return;
        }
        if (type instanceof GenericArrayType a) {
            check(a.getGenericComponentType(), path + "[]", problems, seen);
            return;
        }
        if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                check(bound, path, problems, seen);
            }
            return;
        }
        if (type instanceof TypeVariable<?> || !(type instanceof Class<?> c)) {
            return;
        }
        if (c.isPrimitive() || c == Object.class || !seen.add(c)) {
            return;
        }
        if (c.isArray()) {
            check(c.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (c == java.util.Optional.class) {
            problems.add(path + ": Optional is not Serializable");
            return;
        }
        boolean ours = c.getName().startsWith("org.amparo.");
        if (c.isInterface() || (Modifier.isAbstract(c.getModifiers()) && !ours)) {
            return; // List, Map, ...: what the bean puts there is checked through its type arguments
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (ours && !c.isEnum()) {
            fields(c, path, problems, seen);
        }
    }

    private static List<Class<?>> scopedBeans() throws IOException, ClassNotFoundException {
        Path classes = Paths.get("target/classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                if (c.isAnnotationPresent(jakarta.faces.view.ViewScoped.class)
                        || c.isAnnotationPresent(jakarta.enterprise.context.SessionScoped.class)
                        || c.isAnnotationPresent(jakarta.enterprise.context.ConversationScoped.class)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }
}
