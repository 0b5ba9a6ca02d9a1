/** Technical helpers every part shares: spreadsheet writing, the JPA unit of work. */
package org.amparo.shared.infrastructure;
