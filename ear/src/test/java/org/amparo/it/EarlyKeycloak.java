package org.amparo.it;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Starts Keycloak when a run begins whose plan holds the single sign-on suite, so that Keycloak's start (a minute,
 * mostly waiting) overlaps the suites before it instead of adding to the run; the suite then finds it ready. Stops it
 * at the end of the run, whatever happened. Registered through META-INF/services; does nothing for other runs.
 */
public class EarlyKeycloak implements TestExecutionListener {

    private static final String SUITE = "org.amparo.it.KeycloakSignInBrowserIT";

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        if (holdsTheSuite(plan) && KeycloakServer.available()) {
            try {
                KeycloakServer.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        KeycloakServer.stop();
    }

    private static boolean holdsTheSuite(TestPlan plan) {
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier test : plan.getChildren(root)) {
                if (test.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                        .map(ClassSource::getClassName).filter(SUITE::equals).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }
}
