/** A background job as the database keeps it: whose it is, where it stands, and what it did, in counts and ids. */
package org.amparo.jobs.domain;
