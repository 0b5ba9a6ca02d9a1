/** The supervisors' pipeline: holds expiring, cases per step, overdue work, caseload, outcomes and findings over time. */
package org.amparo.dashboard.application;
