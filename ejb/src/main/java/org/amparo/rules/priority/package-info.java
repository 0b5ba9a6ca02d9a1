/** Enforcement priorities as versioned rule sets, chosen by the date a screening speaks for. */
package org.amparo.rules.priority;
