package org.amparo.notifications.application;

import java.time.Instant;

/**
 * One reminder as its reader sees it, in the reader's language: the title, when it is about (local time with the
 * zone's name), the case to open, and whether it was read and emailed.
 */
public record NotificationView(long id, String kind, String title, String when, Long caseId, Instant createdAt,
                               boolean read, String emailState) {
}
