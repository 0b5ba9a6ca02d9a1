/** Technical helpers every part shares: spreadsheet writing. */
package org.amparo.shared.infrastructure;
