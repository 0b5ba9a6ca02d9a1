/** The monitoring checklist: the toolkit's items as reference data and each item's state, with its evidence, per jurisdiction. */
package org.amparo.monitoring.domain;
