/** Watching jurisdictions: one jurisdiction's page (policy and its history, facilities, 287(g), cases, reports) and the policy map. */
package org.amparo.monitoring.application;
