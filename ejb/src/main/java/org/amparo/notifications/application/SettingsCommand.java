package org.amparo.notifications.application;

/**
 * What a person chooses: an email address (blank for none), whether court dates and the overdue-task digest come by
 * email, and for a supervisor, whether they are on call. Hold alerts cannot be switched off.
 */
public record SettingsCommand(String email, Boolean courtDatesByEmail, Boolean taskDigestByEmail, Boolean onCall) {
}
