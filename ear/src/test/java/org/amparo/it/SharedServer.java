package org.amparo.it;

/**
 * What the suites that run beside the others (JUnit's parallel execution, {@code junit-platform.properties}) share with
 * the suites of the one thread, named for {@link org.junit.jupiter.api.parallel.ResourceLock}, and the order that keeps
 * them apart without waiting.
 */
final class SharedServer {

    /**
     * The build's server staying up. Suites that kill, restart or redeploy it take it for writing; a suite that runs
     * beside the others against that server ({@link RemindersIT}) takes it for reading, so none of them can run while
     * it does.
     */
    static final String UP = "the build's server, up without a break";

    /**
     * {@code @Order} of the suites that stop the build's server: after the others (whose order is
     * {@link org.junit.jupiter.api.Order#DEFAULT}), so that they find it free.
     */
    static final int LATE = org.junit.jupiter.api.Order.DEFAULT + 100;

    private SharedServer() {
    }
}
