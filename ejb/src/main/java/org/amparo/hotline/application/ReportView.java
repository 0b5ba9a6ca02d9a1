package org.amparo.hotline.application;

import org.amparo.hotline.domain.ActivityReport;
import org.amparo.hotline.domain.Agency;
import org.amparo.hotline.domain.IceActivity;
import org.amparo.hotline.domain.LocalParticipation;
import org.amparo.hotline.domain.Verification;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A report as pages and the API show it. The caller's identity only for supervisors and administrators. */
public record ReportView(long id, Instant occurredAt, String place, long jurisdictionId, String jurisdictionName,
                         Set<IceActivity> iceActivities, Set<LocalParticipation> localParticipation, Set<Agency> agencies,
                         String comments, boolean callerConsented, String callerName, String callerContact,
                         List<PersonView> people, String reportedBy, Instant reportedAt, Verification verification,
                         String verifiedBy, Instant verifiedAt, String verificationMethod, Instant alertExpiresAt,
                         boolean current) implements java.io.Serializable {

    public record PersonView(int index, String familyName, String givenNames, String description, Long caseId) implements java.io.Serializable {
    }

    static ReportView of(ActivityReport r, boolean withCaller, Instant now) {
        List<PersonView> people = new java.util.ArrayList<>();
        for (int i = 0; i < r.getPeople().size(); i++) {
            var p = r.getPeople().get(i);
            people.add(new PersonView(i, p.getFamilyName(), p.getGivenNames(), p.getDescription(), p.getCaseId()));
        }
        return new ReportView(r.getId(), r.getOccurredAt(), r.getPlace(), r.getJurisdiction().getId(),
                r.getJurisdiction().getName(), r.getIceActivities(), r.getLocalParticipation(), r.getAgencies(),
                r.getComments(), r.isCallerConsented(), withCaller ? r.getCallerName() : null,
                withCaller ? r.getCallerContact() : null, people, r.getReportedBy(), r.getReportedAt(),
                r.getVerification(), r.getVerifiedBy(), r.getVerifiedAt(), r.getVerificationMethod(),
                r.getAlertExpiresAt(), r.isCurrent(now));
    }
}
