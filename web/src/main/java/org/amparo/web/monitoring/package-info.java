/** The jurisdiction page and the policy map: thin views over {@code org.amparo.monitoring.application}. */
package org.amparo.web.monitoring;
