/** Relief and funding screens: DACA (2012 guidelines) and SCAAP eligibility. Flags for an attorney, never advice. */
package org.amparo.rules.relief;
