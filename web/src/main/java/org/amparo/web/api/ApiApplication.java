package org.amparo.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API under {@code /amparo/api}. JSON through JSON-B. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
