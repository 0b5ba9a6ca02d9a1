package org.amparo.web.api;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The authorization table against the services behind each operation. {@link ApiAuthorization} refuses, before the
 * body is read, every role the table does not name, and the services refuse every role their {@code @RolesAllowed}
 * does not name; each check alone would hide a disagreement of the other from the running server's tests, since the
 * stricter of the two answers. So this reads the compiled resources: for each operation, the service methods it can
 * call (through the resource's own helpers and lambdas), and their roles. Then:
 * <ul>
 *     <li>a role every service called allows, but the table refuses, would be locked out of what its services give it;</li>
 *     <li>a role the table allows, but no service called allows, is told by the API's description that it may call an
 *     operation that will always refuse it.</li>
 * </ul>
 * And every operation calls at least one service that says its roles: the application's use cases each declare them,
 * so an operation that reached none would be guarded by the table alone.
 */
class ServiceRolesTest {

    /** Every caller the table names: the roles, and no one signed in ({@code @PermitAll} lets them through too). */
    private static final Set<String> CALLERS = Stream.concat(AuthorizationTable.ROLES.stream(), Stream.of(AuthorizationTable.ANONYMOUS))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final String OWN_PACKAGE = "org/amparo/web/api/";

    /** A method as the bytecode names it. */
    record Call(String owner, String name, String descriptor) {
        @Override
        public String toString() {
            return owner.substring(owner.lastIndexOf('/') + 1) + "." + name;
        }
    }

    private final Map<String, Map<String, List<Call>>> classes = new HashMap<>();

    @Test
    void theTableGivesEachOperationTheRolesItsServicesGive() throws Exception {
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        int tableOnly = 0;
        for (Class<?> resource : ApiResources.all()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (Stream.of(method.getAnnotations()).noneMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
                    continue;
                }
                ApiAuthorization.Operation operation = ApiAuthorization.operationOf(resource, method);
                Set<String> table = new TreeSet<>(AuthorizationTable.get().roles(operation.method(), operation.path()).orElseThrow());
                Map<Call, Set<String>> services = new HashMap<>();
                for (Call call : callsFrom(new Call(internal(resource), method.getName(), Type.getMethodDescriptor(method)))) {
                    rolesOf(call).ifPresent(roles -> services.put(call, roles));
                }
                if (services.isEmpty()) {
                    tableOnly++;
                    continue;
                }
                checked++;
                Set<String> everyService = new TreeSet<>(CALLERS);
                Set<String> anyService = new TreeSet<>();
                services.values().forEach(roles -> {
                    everyService.retainAll(roles);
                    anyService.addAll(roles);
                });
                Set<String> lockedOut = new TreeSet<>(everyService);
                lockedOut.removeAll(table);
                Set<String> alwaysRefused = new TreeSet<>(table);
                alwaysRefused.removeAll(anyService);
                if (!lockedOut.isEmpty() || !alwaysRefused.isEmpty()) {
                    disagreements.add(operation.method() + " " + operation.path() + ": table " + table + ", services " + services
                            + (lockedOut.isEmpty() ? "" : ", refused by the table alone " + lockedOut)
                            + (alwaysRefused.isEmpty() ? "" : ", refused by every service " + alwaysRefused));
                }
            }
        }
        assertThat(disagreements).as("operations whose table row and services disagree").isEmpty();
        assertThat(tableOnly).as("operations that call no service with roles of its own").isZero();
        assertThat(checked).as("operations checked against their services").isEqualTo(AuthorizationTable.get().all().size());
    }

    @Test
    void aServiceReachedThroughAHelperOrALambdaCounts() {
        Set<Call> calls = callsFrom(new Call(internal(Example.class), "export", "()V"));
        assertThat(calls).extracting(Call::name).contains("guarded", "viaLambda");
        assertThat(calls.stream().map(this::rolesOf).flatMap(Optional::stream)).containsOnly(Set.of("admin"), Set.of("staff", "admin"));
    }

    /** Every method outside this package that the method can call, following this package's own code. */
    private Set<Call> callsFrom(Call start) {
        Set<Call> outside = new LinkedHashSet<>();
        Set<Call> seen = new HashSet<>();
        Deque<Call> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            Call call = todo.pop();
            if (!seen.add(call)) {
                continue;
            }
            if (!own(call.owner())) {
                outside.add(call);
                continue;
            }
            todo.addAll(bodyOf(call));
        }
        return outside;
    }

    /** The calls in a method of this package, looked up in its class and then its superclasses. */
    private List<Call> bodyOf(Call call) {
        String owner = call.owner();
        while (owner != null && own(owner)) {
            List<Call> body = methodsOf(owner).get(call.name() + call.descriptor());
            if (body != null) {
                return body;
            }
            owner = superclassOf(owner);
        }
        return List.of();
    }

    private String superclassOf(String owner) {
        Class<?> type = load(owner);
        return type.getSuperclass() == null ? null : internal(type.getSuperclass());
    }

    private Map<String, List<Call>> methodsOf(String owner) {
        return classes.computeIfAbsent(owner, o -> {
            Map<String, List<Call>> methods = new HashMap<>();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(o + ".class")) {
                if (in == null) {
                    return methods;
                }
                new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                        List<Call> calls = new ArrayList<>();
                        methods.put(name + descriptor, calls);
                        return new MethodVisitor(Opcodes.ASM9) {
                            @Override
                            public void visitMethodInsn(int opcode, String callOwner, String callName, String callDescriptor, boolean isInterface) {
                                calls.add(new Call(callOwner, callName, callDescriptor));
                            }

                            @Override
                            public void visitInvokeDynamicInsn(String indyName, String indyDescriptor, Handle bootstrap, Object... arguments) {
                                // a lambda's body or a method reference: the method it stands for
                                for (Object argument : arguments) {
                                    if (argument instanceof Handle handle) {
                                        calls.add(new Call(handle.getOwner(), handle.getName(), handle.getDesc()));
                                    }
                                }
                            }
                        };
                    }
                }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return methods;
        });
    }

    /** The roles a call's method lets through, when it says (EJB rules: the method's annotation, else its class's). */
    private Optional<Set<String>> rolesOf(Call call) {
        if (!call.owner().startsWith("org/amparo/") || own(call.owner())) {
            return Optional.empty();
        }
        for (Class<?> type = load(call.owner()); type != null; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.getName().equals(call.name()) && Type.getMethodDescriptor(method).equals(call.descriptor())) {
                    return declared(method).or(() -> declared(method.getDeclaringClass()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Set<String>> declared(AnnotatedElement element) {
        if (element.isAnnotationPresent(PermitAll.class)) {
            return Optional.of(CALLERS);
        }
        if (element.isAnnotationPresent(DenyAll.class)) {
            return Optional.of(Set.of());
        }
        RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
        return allowed == null ? Optional.empty() : Optional.of(Set.copyOf(List.of(allowed.value())));
    }

    private static Class<?> load(String internalName) {
        try {
            return Class.forName(internalName.replace('/', '.'), false, ServiceRolesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("not on the test's class path: " + internalName, e);
        }
    }

    /** This package's own code (its nested classes too), not its subpackages. */
    private static boolean own(String owner) {
        return owner.substring(0, owner.lastIndexOf('/') + 1).equals(OWN_PACKAGE);
    }

    private static String internal(Class<?> type) {
        return Type.getInternalName(type);
    }

    /** Stands for a resource: one service through a private helper, another inside a lambda. */
    static class Example {
        private final org.amparo.web.api.example.Guarded guarded = new org.amparo.web.api.example.Guarded();

        void export() {
            helper();
            Runnable later = () -> guarded.viaLambda();
            later.run();
        }

        private void helper() {
            guarded.guarded();
        }
    }
}
