package org.amparo.rules.detainer;

/**
 * What an ICE document form asks of a jail, as the rules need it. The forms themselves are reference data
 * ({@code ice_document_form}): DHS renames and splits them, and a new form must need no code.
 *
 * @param code                  the form's code, e.g. {@code I_247D}
 * @param detainer              a detainer asks the jail for something; a warrant or NTA is no lawful basis to hold
 * @param asksHold              the form asks the jail to hold the person past release
 * @param asksNotification      the form asks the jail to tell ICE the release date-time
 * @param holdHours             how long past the scheduled release the hold may last
 * @param holdCountsBusinessHours the legacy I-247 counted only hours on weekdays that are not federal holidays
 */
public record DocumentForm(String code, boolean detainer, boolean asksHold, boolean asksNotification, int holdHours,
                           boolean holdCountsBusinessHours) {

    public DocumentForm {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A form needs its code");
        }
        if (holdHours < 0) {
            throw new IllegalArgumentException("A hold cannot last negative hours");
        }
    }

    /** True when the form asks for a hold the clock can run on. */
    public boolean requestsHold() {
        return detainer && asksHold;
    }
}
