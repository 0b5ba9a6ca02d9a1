/**
 * Reminders and notifications: a hold expiring within twelve hours (to the case's caseworker and the supervisors on
 * call, and never switched off), court dates two days ahead, and overdue tasks as a daily digest; in the application,
 * by email through the server's mail session, and in a personal calendar feed. None of them carries a person's name,
 * A-number or address: a case's pseudonym and a link.
 */
package org.amparo.notifications;
