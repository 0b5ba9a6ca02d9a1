package org.amparo.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter that enforces the authorization table before a body is read must find every resource method's row: an
 * operation it cannot name is refused to everyone, so a path worked out wrong would lock its callers out.
 */
class ApiAuthorizationTest {

    @Test
    void everyResourceMethodIsNamedAsTheTableNamesIt() throws Exception {
        List<String> unnamed = new ArrayList<>();
        int named = 0;
        for (Class<?> resource : ApiResources.all()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (Stream.of(method.getAnnotations()).noneMatch(ApiAuthorizationTest::isHttpMethod)) {
                    continue;
                }
                ApiAuthorization.Operation operation = ApiAuthorization.operationOf(resource, method);
                if (AuthorizationTable.get().roles(operation.method(), operation.path()).isEmpty()) {
                    unnamed.add(resource.getSimpleName() + "." + method.getName() + " → " + operation);
                } else {
                    named++;
                }
            }
        }
        assertThat(unnamed).as("resource methods the table has no row for, as the filter names them").isEmpty();
        assertThat(named).as("resource methods found").isEqualTo(AuthorizationTable.get().all().size());
    }

    @Test
    void aTemplatesRegexIsLeftOutAndAContainersSubclassIsReadThroughToTheResource() throws Exception {
        Method own = Numbered.class.getDeclaredMethod("one", long.class);
        assertThat(ApiAuthorization.operationOf(Numbered.class, own))
                .isEqualTo(new ApiAuthorization.Operation("GET", "/api/v1/things/{id}/parts/{part}.xlsx"));
        Method overridden = Proxy.class.getDeclaredMethod("one", long.class);
        assertThat(ApiAuthorization.operationOf(Proxy.class, overridden))
                .isEqualTo(new ApiAuthorization.Operation("GET", "/api/v1/things/{id}/parts/{part}.xlsx"));
    }

    @Test
    void theTableRefusesWhoItDoesNotName() {
        assertThat(AuthorizationTable.get().roles("GET", "/api/v1/admin/tokens")).contains(List.of("admin"));
        assertThat(AuthorizationTable.get().roles("get", "/api/v1/admin/tokens")).contains(List.of("admin"));
        assertThat(AuthorizationTable.get().roles("GET", "/api/v1/no-such-thing")).isEmpty();
    }

    @Test
    void anInterfacesAnnotationsAreInheritedAsJaxRsInheritsThem() throws Exception {
        Method implemented = Implementing.class.getDeclaredMethod("one", long.class);
        assertThat(ApiAuthorization.operationOf(Implementing.class, implemented))
                .isEqualTo(new ApiAuthorization.Operation("GET", "/api/v2/other/{id}"));
    }

    private static boolean isHttpMethod(Annotation annotation) {
        return annotation.annotationType().isAnnotationPresent(HttpMethod.class);
    }

    @Path("/v1/things/")
    static class Numbered {
        @GET
        @Path("{id: \\d+}/parts/{ part : [a-z]+ }.xlsx")
        public String one(long id) {
            return "";
        }
    }

    static class Proxy extends Numbered {
        @Override
        public String one(long id) {
            return "";
        }
    }

    @Path("v2/other")
    interface Described {
        @GET
        @Path("{id}")
        String one(long id);
    }

    static class Implementing implements Described {
        @Override
        public String one(long id) {
            return "";
        }
    }
}
