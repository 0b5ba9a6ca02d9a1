package org.amparo.protection.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * At each start, once the schema is current and the last run's jobs are swept, queues the re-encryption: on an
 * installation where everything is under the current key it reads nothing but a filtered scan and writes nothing.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "JobRecovery"})
@RunAs(org.amparo.security.domain.Roles.SYSTEM)
public class ReencryptionAtStart {

    @EJB
    Reencryption reencryption;

    @PostConstruct
    void start() {
        reencryption.atStart();
    }
}
