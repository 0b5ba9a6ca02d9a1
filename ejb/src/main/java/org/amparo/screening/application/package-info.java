/** Screening of facts sent by other tools (the screening API), with the rules the case file uses. */
package org.amparo.screening.application;
