/** The job table's reads and writes, each in a short transaction of its own so a poller sees them at once. */
package org.amparo.jobs.infrastructure;
