package org.amparo.notifications.application;

import java.time.Instant;

/** A person's reminder settings as shown to them; the feed's secret is never shown again after it is made. */
public record SettingsView(String email, boolean courtDatesByEmail, boolean taskDigestByEmail, boolean onCall,
                           boolean mayBeOnCall, boolean hasFeed, Instant feedCreatedAt) {
}
