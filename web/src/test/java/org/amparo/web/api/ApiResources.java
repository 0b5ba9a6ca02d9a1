package org.amparo.web.api;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's resource classes, as compiled: every class of {@code org.amparo.web.api} with a {@code @Path}. */
final class ApiResources {

    private ApiResources() {
    }

    static List<Class<?>> all() throws IOException, URISyntaxException, ClassNotFoundException {
        Path folder = Path.of(JsonBinding.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/amparo/web/api");
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                Class<?> c = Class.forName("org.amparo.web.api." + file.getFileName().toString().replace(".class", ""));
                if (c.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    resources.add(c);
                }
            }
        }
        assertThat(resources).as("resources found").hasSizeGreaterThan(20);
        return resources;
    }
}
