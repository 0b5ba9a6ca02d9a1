package org.amparo.notifications.domain;

/** What a reminder is about. Hold alerts are the one kind nobody can switch off. */
public enum NotificationKind {
    /** A hold expires within {@link ReminderRules#HOLD_ALERT_LEAD}: act before the person is held unlawfully. */
    HOLD_EXPIRING,
    /** A court date within {@link ReminderRules#COURT_DATE_LEAD}. */
    COURT_DATE,
    /** The day's digest of one's overdue tasks. */
    OVERDUE_TASKS;

    /** Whether a person may choose not to receive it by email (in the application it always shows). */
    public boolean optional() {
        return this != HOLD_EXPIRING;
    }
}
