package org.amparo.campaigns.domain;

/** What law enforcement promised at a meeting (the toolkit's "Next Steps" and closing: documents, data, policy). */
public enum PromiseKind {
    POLICIES,
    DATA,
    POLICY_DRAFT,
    NEXT_MEETING,
    JAIL_TOUR,
    OTHER
}
