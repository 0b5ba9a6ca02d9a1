package org.amparo.notifications.domain;

/** Where a reminder's email stands. */
public enum EmailState {
    /** No email: the person has no address or chose not to receive this kind. */
    NONE,
    /** To be sent (again, after a failure, until {@link Notification#MAX_EMAIL_ATTEMPTS}). */
    PENDING,
    /** Taken by one server to send now (a claim older than ten minutes is taken to have died with its server). */
    SENDING,
    SENT,
    /** The mail server refused it {@link Notification#MAX_EMAIL_ATTEMPTS} times; it still shows in the application. */
    FAILED
}
