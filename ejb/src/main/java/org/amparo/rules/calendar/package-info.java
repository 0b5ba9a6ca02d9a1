/** The US federal holiday calendar, by rule for any year, for the legacy I-247's business-hour hold. */
package org.amparo.rules.calendar;
