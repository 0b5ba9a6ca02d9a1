package org.amparo.hotline.application;

import org.amparo.hotline.domain.CallKind;
import org.amparo.hotline.domain.CallOutcome;
import org.amparo.hotline.domain.HotlineCall;

import java.time.Instant;

/** A call as the log shows it. The caller's identity is there only when the caller consented, and only for supervisors. */
public record CallSummary(long id, Instant receivedAt, String takenBy, CallKind kind, String language,
                          CallOutcome outcome, Integer minutes, Long caseId, boolean callerConsented,
                          String callerName, String callerContact) implements java.io.Serializable {

    static CallSummary of(HotlineCall c, boolean withIdentity) {
        return new CallSummary(c.getId(), c.getReceivedAt(), c.getTakenBy(), c.getKind(), c.getLanguage(), c.getOutcome(),
                c.getMinutes(), c.getCaseId(), c.isCallerConsented(), withIdentity ? c.getCallerName() : null,
                withIdentity ? c.getCallerContact() : null);
    }
}
