/** Persistence queries and spreadsheet writers for cases. */
package org.amparo.cases.infrastructure;
