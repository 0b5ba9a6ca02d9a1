/** The case file's own records beyond people and cases: intake drafts. */
package org.amparo.casefile.domain;
