package org.amparo.jobs.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.amparo.jobs.application.JobRecords;
import org.amparo.jobs.domain.BackgroundJob;
import org.amparo.jobs.domain.JobKind;
import org.amparo.jobs.domain.JobSummary;

import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The job table on the server: every write is a short transaction of its own ({@code REQUIRES_NEW}), so it is
 * committed at once whatever the caller is in: the request that starts a job, or the job's own hours-long
 * transaction that reports its progress. Who may see which job is the runner's business, not this bean's.
 */
@Stateless
@LocalBean
@PermitAll
public class JobStore implements JobRecords {

    private final JobTable table = new JobTable();

    @PersistenceContext
    EntityManager em;

    /**
     * The name of this server for the job table: {@code amparo.jobs.node}, else WildFly's {@code jboss.node.name},
     * else the host name. Two servers sharing the database must have different ones.
     */
    public static String thisNode() {
        String node = System.getProperty("amparo.jobs.node", System.getProperty("jboss.node.name"));
        if (node == null || node.isBlank()) {
            try {
                node = InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException unknown) {
                node = "local";
            }
        }
        return node.length() > 100 ? node.substring(0, 100) : node;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public BackgroundJob create(BackgroundJob job) {
        return table.create(em, job);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<BackgroundJob> find(String id) {
        return table.find(em, id);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<BackgroundJob> ownedBy(String owner, JobKind kind) {
        return table.ownedBy(em, owner, kind);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean start(String id) {
        return table.start(em, id, thisNode(), Instant.now());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void progress(String id, long done, long total) {
        table.progress(em, id, done, total);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean finish(String id, JobSummary result) {
        return table.finish(em, id, result, Instant.now());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean fail(String id, String message) {
        return table.fail(em, id, message, Instant.now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<BackgroundJob> failUnfinished(String node, String message) {
        return table.failUnfinished(em, node, message, Instant.now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forgetEndedBefore(Instant limit) {
        return table.forgetEndedBefore(em, limit);
    }
}
