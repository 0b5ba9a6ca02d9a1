/** The dashboard's aggregate queries: every figure is counted by the database, never by loading cases. */
package org.amparo.dashboard.infrastructure;
