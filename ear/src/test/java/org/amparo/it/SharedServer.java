package org.amparo.it;

/**
 * The order that keeps the suites of the one thread ({@code junit-platform.properties}) from finding the build's server
 * stopped: the suites that kill, restart, reload or redeploy it run after all the others.
 */
final class SharedServer {

    /**
     * {@code @Order} of the suites that stop the build's server: after the others (whose order is
     * {@link org.junit.jupiter.api.Order#DEFAULT}), so that none of the others runs while it is down.
     */
    static final int LATE = org.junit.jupiter.api.Order.DEFAULT + 100;

    private SharedServer() {
    }
}
