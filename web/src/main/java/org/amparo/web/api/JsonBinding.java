package org.amparo.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's one JSON-B instance. Without a resolver, RESTEasy creates a new {@code Jsonb} (and throws away what it
 * learnt of the classes it binds) for every request body it reads and every response it writes; this is the same
 * default configuration ({@link JsonbBuilder#create()}), made once. A {@code Jsonb} is safe to share between threads.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
