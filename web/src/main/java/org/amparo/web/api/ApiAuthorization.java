package org.amparo.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Refuses a call whose caller has none of the roles the authorization table ({@link AuthorizationTable}) gives its
 * operation, before anything else is done with it: before its body is read, so that a role that may not call an
 * operation learns nothing from it (not even which of its fields is of the wrong kind), and before any service runs.
 * The services keep their own role checks ({@code @RolesAllowed}); this is the same rule, applied first. An operation
 * the table has no row for is refused to everyone ({@code AuthorizationIT} fails on such an operation, so none ships).
 * Runs after {@link ApiAuthentication}, which has signed the caller in or answered 401.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAuthorization implements ContainerRequestFilter {

    /** {@code {id: \d+}} in a {@code @Path} is {@code {id}} in the table, as in the OpenAPI document. */
    private static final Pattern TEMPLATE_REGEX = Pattern.compile("\\{\\s*(\\w+)\\s*:[^}]*}");

    /** Each resource method's operation ({@code "GET", "/api/v1/cases/{id}"}), worked out once per resource class. */
    private static final Map<List<Object>, Operation> OPERATIONS = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Context
    SecurityContext security;

    @Override
    public void filter(ContainerRequestContext context) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            // No resource method: the runtime's own answer (OPTIONS, 404, 405), which reads no body and runs no service.
            return;
        }
        Class<?> resourceClass = resource.getResourceClass();
        Operation operation = OPERATIONS.computeIfAbsent(List.of(resourceClass, method), key -> operationOf(resourceClass, method));
        Optional<List<String>> roles = AuthorizationTable.get().roles(operation.method(), operation.path());
        if (roles.isPresent() && mayCall(roles.get())) {
            return;
        }
        context.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", "not allowed for your role")).build());
    }

    private boolean mayCall(List<String> roles) {
        if (roles.contains(AuthorizationTable.ANONYMOUS)) {
            return true;
        }
        if (security == null || security.getUserPrincipal() == null) {
            return false;
        }
        return roles.stream().anyMatch(security::isUserInRole);
    }

    /** An operation as the table names it: its HTTP method and its path from {@code /api}, templates without regexes. */
    record Operation(String method, String path) {
    }

    static Operation operationOf(Class<?> resourceClass, Method method) {
        Method declared = annotated(resourceClass, method);
        Path classPath = pathOf(resourceClass);
        Path methodPath = declared.getAnnotation(Path.class);
        StringBuilder path = new StringBuilder("/api");
        for (Path part : new Path[]{classPath, methodPath}) {
            if (part == null) {
                continue;
            }
            String value = part.value().replaceAll("^/+|/+$", "");
            if (!value.isEmpty()) {
                path.append('/').append(value);
            }
        }
        return new Operation(httpMethod(declared), TEMPLATE_REGEX.matcher(path).replaceAll("{$1}"));
    }

    /**
     * The method that carries the JAX-RS annotations: the one given, or the one it overrides or implements (a
     * container's subclass, an interface the resource implements), as JAX-RS inherits them.
     */
    private static Method annotated(Class<?> resourceClass, Method method) {
        if (httpMethodOrNull(method) != null) {
            return method;
        }
        for (Class<?> type : hierarchy(resourceClass)) {
            try {
                Method candidate = type.getDeclaredMethod(method.getName(), method.getParameterTypes());
                if (httpMethodOrNull(candidate) != null) {
                    return candidate;
                }
            } catch (NoSuchMethodException e) {
                // not declared here: look further
            }
        }
        return method;
    }

    private static Path pathOf(Class<?> resourceClass) {
        for (Class<?> type : hierarchy(resourceClass)) {
            Path path = type.getAnnotation(Path.class);
            if (path != null) {
                return path;
            }
        }
        return null;
    }

    /** The class, its superclasses, then the interfaces of each, nearest first. */
    private static List<Class<?>> hierarchy(Class<?> resourceClass) {
        List<Class<?>> types = new java.util.ArrayList<>();
        for (Class<?> type = resourceClass; type != null && type != Object.class; type = type.getSuperclass()) {
            types.add(type);
        }
        for (int i = 0; i < types.size(); i++) {
            for (Class<?> implemented : types.get(i).getInterfaces()) {
                if (!types.contains(implemented)) {
                    types.add(implemented);
                }
            }
        }
        return types;
    }

    private static String httpMethod(Method method) {
        String name = httpMethodOrNull(method);
        return name == null ? "" : name;
    }

    private static String httpMethodOrNull(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }
}
