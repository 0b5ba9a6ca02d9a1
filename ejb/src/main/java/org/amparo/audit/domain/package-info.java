/** The audit trail: who did what to which record. */
package org.amparo.audit.domain;
