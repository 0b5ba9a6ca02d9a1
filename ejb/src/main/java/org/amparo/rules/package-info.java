/**
 * Screening rules of DOMAIN.md sections 2 to 4 as plain Java: enforcement priority, DACA and SCAAP screens, detainer
 * hold expiry and findings. Nothing here needs a container; the case file, the workflow's screening step and the
 * screening API all call {@link org.amparo.rules.Screening}.
 */
package org.amparo.rules;
