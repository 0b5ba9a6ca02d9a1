package org.amparo.platform;

/** Facts about this installation that are read from its start-up settings. */
public final class Installation {

    private Installation() {
    }

    /**
     * Whether this is a demo installation ({@code amparo.demo=true} or {@code AMPARO_DEMO=true}): demo data, and demo
     * accounts with the README's documented password.
     */
    public static boolean demo() {
        String flag = System.getProperty("amparo.demo", System.getenv("AMPARO_DEMO"));
        return Boolean.parseBoolean(flag);
    }
}
