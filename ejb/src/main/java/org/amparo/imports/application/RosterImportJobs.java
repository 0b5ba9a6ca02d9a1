package org.amparo.imports.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.amparo.jobs.application.JobRecovery;
import org.amparo.jobs.application.JobRunner;
import org.amparo.jobs.domain.BackgroundJob;
import org.amparo.jobs.domain.JobKind;
import org.amparo.jobs.domain.JobState;
import org.amparo.jobs.domain.JobSummary;
import org.amparo.security.domain.Roles;
import org.amparo.shared.domain.InvalidInputException;
import org.amparo.shared.domain.Labels;
import org.amparo.shared.domain.NotFoundException;
import org.amparo.shared.domain.RequestLocale;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Roster imports run in the background on the one job runner ({@link JobRunner}): a big roster takes minutes, so
 * the request that starts one returns at once and a progress bar polls. Each import is one long transaction, run as
 * the person who started it: all of it lands, or none of it (a restart half-way leaves nothing, and the job reads as
 * failed). Only its owner sees how it went; ended jobs are forgotten after an hour. The file's bytes are dropped as
 * soon as the import ends.
 *
 * <p>The job table keeps what the import did as counts only. The rows' problems of an import that left bad rows out
 * quote the file's cells (names, dates of birth), so they never go to the table: this server keeps them in memory for
 * the job's owner for the same hour, and after a restart the report has its counts without them.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
public class RosterImportJobs {

    private static final String FAILED = org.amparo.jobs.application.JobFailureWords.IMPORT_FAILED;
    /** The labels of the fields a refused import names (the labels bundle's {@code import.field.file} and the like). */
    static final String REFUSED_FIELD = "import.field.";
    private static final String[] COUNTS = {"rows", "newPeople", "matchedPeople", "newCases", "matchedCases", "newCharges",
            "newHolds", "leftWithOtherTeams", "problemCount"};

    private record Problems(List<ImportReport.Problem> problems, Instant at) {
    }

    /** Personal data, by job id: the rows' problems of finished imports (see the class comment). */
    private final Map<String, Problems> problems = new ConcurrentHashMap<>();

    @EJB
    RosterImports imports;

    @EJB
    JobRunner runner;

    @Inject
    RequestLocale requestLocale;

    /** Starts importing the roster for the caller; returns at once. */
    public RosterImportJob start(RosterRequest request, boolean skipBadRows, Locale locale) {
        BackgroundJob job = runner.submit(JobKind.ROSTER_IMPORT, 0, JobSummary.empty().with("skipBadRows", String.valueOf(skipBadRows)),
                progress -> {
                    try {
                        requestLocale.set(locale);
                    } catch (RuntimeException noRequestContext) {
                        // messages are then worded in English
                    }
                    RosterReport report = imports.commit(request, skipBadRows, progress::update);
                    if (!report.problems().isEmpty()) {
                        problems.put(progress.jobId(), new Problems(report.problems(), Instant.now()));
                    }
                    return summary(report);
                },
                failure -> wording(failure, locale));
        return view(job, null);
    }

    /** Where the caller's import stands. */
    public RosterImportJob status(String id) {
        BackgroundJob job = runner.own(id, JobKind.ROSTER_IMPORT).orElseThrow(() -> new NotFoundException("Import", id));
        Problems kept = problems.get(job.getId());
        return view(job, kept == null ? null : kept.problems());
    }

    @PermitAll
    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void forgetOld() { // the container's timer only: not public, so no client can call it
        Instant limit = Instant.now().minus(JobRecovery.KEEP);
        problems.values().removeIf(p -> p.at().isBefore(limit));
    }

    /**
     * Words for the owner, in the language they started the import in: each of the import's own validation messages
     * after the name of the field it is about ("File: 3 rows have problems, ..."), or a plain sentence. The job's
     * thread words the messages in that language too (its request context holds the locale set above).
     */
    static String wording(Exception failure, Locale locale) {
        if (failure instanceof InvalidInputException invalid) {
            return invalid.errors().stream()
                    .map(e -> Labels.text(REFUSED_FIELD + e.field(), e.field(), locale) + ": " + e.message())
                    .reduce((a, b) -> a + "; " + b).orElse(FAILED);
        }
        return FAILED;
    }

    private static JobSummary summary(RosterReport report) {
        return JobSummary.empty().with("rows", report.rows()).with("newPeople", report.newPeople())
                .with("matchedPeople", report.matchedPeople()).with("newCases", report.newCases())
                .with("matchedCases", report.matchedCases()).with("newCharges", report.newCharges())
                .with("newHolds", report.newHolds()).with("leftWithOtherTeams", report.leftWithOtherTeams())
                .with("problemCount", report.problemCount());
    }

    /** The job as the API and the import page have always shown it. */
    private RosterImportJob view(BackgroundJob job, List<ImportReport.Problem> problems) {
        RosterImportJob.State state = switch (job.getState()) {
            case QUEUED, RUNNING -> RosterImportJob.State.RUNNING;
            case DONE -> RosterImportJob.State.DONE;
            case FAILED -> RosterImportJob.State.FAILED;
        };
        RosterReport report = null;
        if (job.getState() == JobState.DONE) {
            JobSummary s = job.summary();
            int[] c = new int[COUNTS.length];
            for (int i = 0; i < COUNTS.length; i++) {
                c[i] = (int) s.count(COUNTS[i], 0);
            }
            report = new RosterReport(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], problems == null ? List.of() : problems, true);
        }
        // As before: a done import reports all its rows, a failed one none (it changed nothing).
        int done = report != null ? report.rows() : state == RosterImportJob.State.FAILED ? 0 : (int) job.getDone();
        int total = report != null ? report.rows() : state == RosterImportJob.State.FAILED ? 0 : (int) job.getTotal();
        return new RosterImportJob(job.getId(), state, done, total, report,
                org.amparo.jobs.application.JobFailureWords.words(job.getFailureMessage(), requestLocale.get()), job.getCreatedAt());
    }
}
